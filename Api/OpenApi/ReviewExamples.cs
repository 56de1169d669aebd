using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Disclosure.Api.OpenApi;

/// <summary>
/// Examples of the review's requests and answers, as the service writes them: 上屯镇's 2020 report returned, resubmitted
/// as revision 2, its 规章 warning explained, accepted; and the problems a decision, an explanation or a locked report answers with.
/// </summary>
public sealed class ReviewExamples : IOperationFilter
{
    private const string KeyId = "3f2a9c1e5b7d4a60";

    private const string Explanation = $$"""
        { "revision": 2, "code": "township-regulations", "pointer": "/proactiveDisclosure/regulations/newlyMade",
          "text": "把镇政府规范性文件误填为规章，下年报告更正", "at": "2021-02-02T09:00:00.0000000Z", "by": "{{KeyId}}", "superseded": false }
        """;

    private const string Accepted = $$"""
        { "state": "accepted", "revision": 2, "action": "accepted", "reason": null, "overrode": false,
          "at": "2021-02-03T04:05:06.0000000Z", "by": "admin", "explanations": [ {{Explanation}} ], "unexplained": [] }
        """;

    private const string Instance = "/api/v1/townships/411328110/reports/2020";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        switch (operation.OperationId)
        {
            case "decideReview":
                Request(operation, "The decision, on the revision read.", new()
                {
                    ["accept"] = ("Sign revision 2 off", """{ "decision": "accepted", "revision": 2 }"""),
                    ["return"] = ("Send revision 1 back, saying why", """{ "decision": "returned", "revision": 1, "reason": "依申请公开数量与上年结转不符，请核对后重报" }"""),
                    ["override"] = ("Accept although a finding is unexplained", """{ "decision": "accepted", "revision": 2, "reason": "乡镇已书面说明规章数", "override": true }"""),
                    ["unlock"] = ("Reopen an accepted report", """{ "decision": "unlocked", "revision": 2, "reason": "上年结转数字有误，准予更正" }"""),
                });
                OperationMedia.SetExample(operation, "200", "application/json", Accepted);
                Problems(operation, "400", new()
                {
                    ["reasonRequired"] = ("A return without a reason", $$"""
                        { "type": "/problems/malformed-request", "title": "The request body is malformed", "status": 400, "detail": "1 problem was found.",
                          "instance": "{{Instance}}/reviews",
                          "errors": [ { "pointer": "/reason", "code": "reason-required", "detail": "To return a report the county must say why." } ] }
                        """),
                });
                Problems(operation, "409", new()
                {
                    ["staleRevision"] = ("The revision read is no longer the current one", $$"""
                        { "type": "/problems/stale-revision", "title": "Not the current revision", "status": 409,
                          "detail": "Revision 1 is not the current revision of township 411328110's report for 2020: revision 2 is. Read it, then decide on it.",
                          "instance": "{{Instance}}/reviews",
                          "errors": [ { "pointer": "/revision", "code": "stale-revision", "expected": 2, "actual": 1,
                                        "detail": "Revision 1 is not the current revision of township 411328110's report for 2020: revision 2 is. Read it, then decide on it." } ] }
                        """),
                    ["stateConflict"] = ("The report's state does not allow the decision", $$"""
                        { "type": "/problems/review-state-conflict", "title": "The report's review state does not allow this", "status": 409,
                          "detail": "The township 411328110's report for 2020 is withdrawn: it cannot be accepted. A withdrawn report is counted nowhere; a new submission files it anew.",
                          "instance": "{{Instance}}/reviews" }
                        """),
                    ["unexplainedFindings"] = ("Acceptance without override of a revision with an unexplained finding", $$"""
                        { "type": "/problems/unexplained-findings", "title": "Findings are unexplained", "status": 409,
                          "detail": "Revision 2 of township 411328110's report for 2020 has 1 finding(s) no explanation covers, each listed by its code and the pointer of its cell in the report. The township explains them (POST …/explanations), or the county accepts with override: true and a reason.",
                          "instance": "{{Instance}}/reviews",
                          "errors": [ { "pointer": "/proactiveDisclosure/regulations/newlyMade", "code": "township-regulations",
                                        "detail": "A township cannot make 规章, but newlyMade is 1; were other documents filed as 规章?" } ] }
                        """),
                });
                break;
            case "listReviews":
                OperationMedia.SetExample(operation, "200", "application/json", $$"""
                    { "townshipCode": "411328110", "year": 2020, "state": "accepted", "revision": 2,
                      "history": [
                        { "revision": 1, "action": "returned", "state": "returned", "reason": "依申请公开数量与上年结转不符，请核对后重报", "overrode": false,
                          "at": "2021-01-25T02:00:00.0000000Z", "by": "admin" },
                        { "revision": 2, "action": "resubmitted", "state": "submitted", "reason": null, "overrode": false,
                          "at": "2021-01-28T08:30:00.0000000Z", "by": "{{KeyId}}" },
                        { "revision": 2, "action": "accepted", "state": "accepted", "reason": null, "overrode": false,
                          "at": "2021-02-03T04:05:06.0000000Z", "by": "admin" }
                      ] }
                    """);
                break;
            case "withdrawReport":
                OperationMedia.SetExample(operation, "200", "application/json", """
                    { "state": "withdrawn", "revision": 1, "action": "withdrawn", "reason": "误报为上屯镇，实为另一乡镇的报告", "overrode": false,
                      "at": "2021-01-20T03:00:00.0000000Z", "by": "admin", "explanations": [], "unexplained": [] }
                    """);
                break;
            case "explainFinding":
                Request(operation, "The finding, by its code and pointer as the report lists it, and the township's word on it.", new()
                {
                    ["warning"] = ("Explain the 规章 warning", """
                        { "code": "township-regulations", "pointer": "/proactiveDisclosure/regulations/newlyMade", "text": "把镇政府规范性文件误填为规章，下年报告更正" }
                        """),
                });
                OperationMedia.SetExample(operation, "201", "application/json", Explanation);
                Problems(operation, "422", new()
                {
                    ["unknownFinding"] = ("A code and pointer that name no finding of the current revision", $$"""
                        { "type": "/problems/unknown-finding", "title": "No such finding", "status": 422,
                          "detail": "Revision 2 of the township 411328110's report for 2020 has no finding X2 at '/applications/carriedForward/total': its findings are listed by their code and pointer.",
                          "instance": "{{Instance}}/explanations",
                          "errors": [
                            { "pointer": "/code", "code": "unknown-finding", "detail": "No finding X2 at '/applications/carriedForward/total'." },
                            { "pointer": "/proactiveDisclosure/regulations/newlyMade", "code": "township-regulations",
                              "detail": "A finding that may be explained: A township cannot make 规章, but newlyMade is 1; were other documents filed as 规章?" }
                          ] }
                        """),
                });
                break;
            case "listExplanations":
                OperationMedia.SetExample(operation, "200", "application/json", $$"""
                    { "townshipCode": "411328110", "year": 2020, "revision": 2,
                      "explanations": [
                        { "revision": 2, "code": "township-regulations", "pointer": "/proactiveDisclosure/regulations/newlyMade",
                          "text": "误填", "at": "2021-02-01T09:00:00.0000000Z", "by": "{{KeyId}}", "superseded": true },
                        {{Explanation}}
                      ] }
                    """);
                break;
            case "submitReport" or "putReport" or "importDocument":
                Problems(operation, "409", new()
                {
                    ["reportLocked"] = ("A new revision of an accepted report", """
                        { "type": "/problems/report-locked", "title": "The report is locked", "status": 409,
                          "detail": "Township 411328110's report for 2020 is locked since 2021-02-03T04:05:06.0000000Z, when the county accepted revision 2; nothing was stored. The county must unlock it (POST /api/v1/townships/411328110/reports/2020/reviews with decision unlocked) before a new revision can be stored.",
                          "instance": "/api/v1/reports" }
                        """),
                });
                break;
        }
    }

    private static void Request(OpenApiOperation operation, string description, Dictionary<string, (string Summary, string Json)> examples)
    {
        if (operation.RequestBody is OpenApiRequestBody body)
            body.Description = description;
        if (operation.RequestBody?.Content is { } content && content.TryGetValue("application/json", out var found) && found is OpenApiMediaType media)
            media.Examples = examples.ToDictionary(e => e.Key, e => (IOpenApiExample)new OpenApiExample { Summary = e.Value.Summary, Value = JsonNode.Parse(e.Value.Json) });
    }

    private static void Problems(OpenApiOperation operation, string status, Dictionary<string, (string Summary, string Json)> examples)
    {
        if (OperationMedia.Of(operation, status, Disclosure.Api.Problems.ProblemResponses.ContentType) is { } media)
            media.Examples = examples.ToDictionary(e => e.Key, e => (IOpenApiExample)new OpenApiExample { Summary = e.Value.Summary, Value = JsonNode.Parse(e.Value.Json) });
    }
}
