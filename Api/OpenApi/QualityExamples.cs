using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Disclosure.Api.OpenApi;

/// <summary>The quality worklist's examples: a county's first page in JSON, and its items in CSV (with the next page's first, an explained warning).</summary>
public sealed class QualityExamples : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId != "qualityWorklist" || operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse { Content: { } content })
            return;
        if (content.TryGetValue("application/json", out var json) && json is OpenApiMediaType jsonMedia)
            jsonMedia.Example = JsonNode.Parse("""
                {
                  "area": "411328", "year": 2021, "limit": 4, "next": "/api/v1/quality?area=411328&year=2021&limit=4&after=unexplained-2-411328110",
                  "expected": 24, "submitted": 23, "listed": 5, "clean": 19,
                  "totals": [
                    { "kind": "violation", "items": 1, "unexplained": 1, "townships": 1 },
                    { "kind": "returned", "items": 1, "unexplained": 0, "townships": 1 },
                    { "kind": "missing", "items": 1, "unexplained": 0, "townships": 1 },
                    { "kind": "outlier", "items": 1, "unexplained": 1, "townships": 1 },
                    { "kind": "warning", "items": 2, "unexplained": 1, "townships": 2 }
                  ],
                  "townships": [
                    { "townshipCode": "411328101", "townshipName": "源潭镇", "revision": 2, "format": "2021", "state": "submitted",
                      "items": [
                        { "kind": "violation", "code": "A3", "pointer": "/applications/newlyReceived/total",
                          "message": "A3: /applications/newlyReceived/total should be 16 (the sum of the six applicant columns) but is 17; acknowledged by the township.",
                          "explanation": null }
                      ] },
                    { "townshipCode": "411328112", "townshipName": "少拜寺镇", "revision": 1, "format": "2021", "state": "returned",
                      "items": [
                        { "kind": "returned", "code": "returned", "message": "Returned by the county on 2022-01-20: 表三第一行与第七行不符，请核对后重报。",
                          "explanation": null, "reason": "表三第一行与第七行不符，请核对后重报。", "at": "2022-01-20T08:30:00.0000000Z" }
                      ] },
                    { "townshipCode": "411328001", "townshipName": "滨河街道", "revision": null, "format": null, "state": null,
                      "items": [ { "kind": "missing", "code": "missing", "message": "No report of 滨河街道 for 2021.", "explanation": null } ] },
                    { "townshipCode": "411328110", "townshipName": "上屯镇", "revision": 1, "format": "2021", "state": "submitted",
                      "items": [
                        { "kind": "outlier", "code": "O1", "pointer": "/applications/newlyReceived/naturalPerson",
                          "message": "O1: 一、本年新收政府信息公开申请数量 · 自然人 went from 3 in 2020 to 40 in 2021, more than ×5.", "explanation": null },
                        { "kind": "warning", "code": "X3", "pointer": "/applications/carriedOver/naturalPerson",
                          "message": "X3: /applications/carriedOver/naturalPerson should be 1 from the 2020 report, but is 0.", "explanation": null }
                      ] }
                  ]
                }
                """);
        if (content.TryGetValue("text/csv", out var csv) && csv is OpenApiMediaType csvMedia)
            csvMedia.Example = JsonValue.Create(
                "year,townshipCode,townshipName,revision,format,state,kind,code,pointer,message,explanation,reason,at\r\n" +
                "2021,411328101,源潭镇,2,2021,submitted,violation,A3,/applications/newlyReceived/total,A3: /applications/newlyReceived/total should be 16 (the sum of the six applicant columns) but is 17; acknowledged by the township.,,,\r\n" +
                "2021,411328112,少拜寺镇,1,2021,returned,returned,returned,,Returned by the county on 2022-01-20: 表三第一行与第七行不符，请核对后重报。,,表三第一行与第七行不符，请核对后重报。,2022-01-20T08:30:00.0000000Z\r\n" +
                "2021,411328001,滨河街道,,,,missing,missing,,No report of 滨河街道 for 2021.,,,\r\n" +
                "2021,411328110,上屯镇,1,2021,submitted,outlier,O1,/applications/newlyReceived/naturalPerson,\"O1: 一、本年新收政府信息公开申请数量 · 自然人 went from 3 in 2020 to 40 in 2021, more than ×5.\",,,\r\n" +
                "2021,411328110,上屯镇,1,2021,submitted,warning,X3,/applications/carriedOver/naturalPerson,\"X3: /applications/carriedOver/naturalPerson should be 1 from the 2020 report, but is 0.\",,,\r\n" +
                "2021,411328107,龙潭镇,1,2021,submitted,warning,X2,/applications/carriedOver/total,\"X2: /applications/carriedOver/total should be 2 from the 2020 report, but is 3.\",公开文本如此，已核实上年结转数。,,\r\n");
    }
}
