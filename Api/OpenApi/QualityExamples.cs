using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Disclosure.Api.OpenApi;

/// <summary>The quality worklist's examples: a county's first page in JSON, and the same items in CSV.</summary>
public sealed class QualityExamples : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId != "qualityWorklist" || operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse { Content: { } content })
            return;
        if (content.TryGetValue("application/json", out var json) && json is OpenApiMediaType jsonMedia)
            jsonMedia.Example = JsonNode.Parse("""
                {
                  "area": "411328", "year": 2021, "limit": 3, "next": "/api/v1/quality?area=411328&year=2021&limit=3&after=other-2-411328110",
                  "expected": 24, "submitted": 23, "listed": 4, "clean": 20,
                  "totals": [
                    { "kind": "violation", "items": 1, "townships": 1 },
                    { "kind": "missing", "items": 1, "townships": 1 },
                    { "kind": "outlier", "items": 3, "townships": 2 },
                    { "kind": "warning", "items": 1, "townships": 1 }
                  ],
                  "townships": [
                    { "townshipCode": "411328101", "townshipName": "源潭镇", "revision": 2, "format": "2021",
                      "items": [
                        { "kind": "violation", "code": "A3", "pointer": "/applications/newlyReceived/total",
                          "message": "A3: /applications/newlyReceived/total should be 16 (the sum of the six applicant columns) but is 17; acknowledged by the township." }
                      ] },
                    { "townshipCode": "411328001", "townshipName": "滨河街道", "revision": null, "format": null,
                      "items": [ { "kind": "missing", "code": "missing", "message": "No report of 滨河街道 for 2021." } ] },
                    { "townshipCode": "411328110", "townshipName": "上屯镇", "revision": 1, "format": "2021",
                      "items": [
                        { "kind": "outlier", "code": "O1", "pointer": "/applications/newlyReceived/naturalPerson",
                          "message": "O1: 一、本年新收政府信息公开申请数量 · 自然人 went from 3 in 2020 to 40 in 2021, more than ×5." },
                        { "kind": "warning", "code": "X3", "pointer": "/applications/carriedOver/naturalPerson",
                          "message": "X3: /applications/carriedOver/naturalPerson should be 1 from the 2020 report, but is 0." }
                      ] }
                  ]
                }
                """);
        if (content.TryGetValue("text/csv", out var csv) && csv is OpenApiMediaType csvMedia)
            csvMedia.Example = JsonValue.Create(
                "year,townshipCode,townshipName,revision,format,kind,code,pointer,message\r\n" +
                "2021,411328101,源潭镇,2,2021,violation,A3,/applications/newlyReceived/total,A3: /applications/newlyReceived/total should be 16 (the sum of the six applicant columns) but is 17; acknowledged by the township.\r\n" +
                "2021,411328001,滨河街道,,,missing,missing,,No report of 滨河街道 for 2021.\r\n" +
                "2021,411328110,上屯镇,1,2021,outlier,O1,/applications/newlyReceived/naturalPerson,\"O1: 一、本年新收政府信息公开申请数量 · 自然人 went from 3 in 2020 to 40 in 2021, more than ×5.\"\r\n" +
                "2021,411328110,上屯镇,1,2021,warning,X3,/applications/carriedOver/naturalPerson,\"X3: /applications/carriedOver/naturalPerson should be 1 from the 2020 report, but is 0.\"\r\n");
    }
}
