using System.Reflection;
using System.Text.Json.Nodes;
using Disclosure.Api.Features.Reports;
using Disclosure.Api.Problems;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Disclosure.Api.OpenApi;

/// <summary>
/// Real examples: report bodies of both formats for every operation that takes a report, and problem
/// documents for its 400 and 422 answers.
/// </summary>
public sealed class ExamplesFilter : IOperationFilter
{
    private static readonly Lazy<JsonNode> Report2019 = new(() => Load("report-2019.json"));
    private static readonly Lazy<JsonNode> Report2021 = new(() => Load("report-2021.json"));

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var takesReport = context.ApiDescription.ActionDescriptor.EndpointMetadata
            .OfType<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()
            .Any(a => a.RequestType == typeof(ReportBody));
        if (!takesReport)
            return;

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The report, in the contract's JSON.",
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/json"] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchemaReference(ReportSchemas.Report, context.Document),
                    Examples = new Dictionary<string, IOpenApiExample>
                    {
                        ["shangtun2020"] = new OpenApiExample { Summary = "上屯镇 (唐河县) 2020, 2019 format, as published", Value = Report2019.Value.DeepClone() },
                        ["format2021"] = new OpenApiExample { Summary = "A township's 2021 report in the 2021 format", Value = Report2021.Value.DeepClone() },
                    },
                },
            },
        };

        if (ProblemContent(operation, "400") is { } badRequestContent)
        {
            badRequestContent.Example = JsonNode.Parse("""
                {
                  "type": "/problems/malformed-report",
                  "title": "The report is malformed",
                  "status": 400,
                  "detail": "2 problems were found.",
                  "instance": "/api/v1/reports",
                  "errors": [
                    { "pointer": "/applications/newlyRecieved", "code": "unknown-member", "detail": "applications has no member newlyRecieved." },
                    { "pointer": "/applications/results/withheld/stateSecret/naturalPerson", "code": "negative-count", "detail": "A count cannot be negative: -1." }
                  ]
                }
                """);
        }

        if (ProblemContent(operation, "422") is { } unprocessableContent)
        {
            unprocessableContent.Example = JsonNode.Parse("""
                {
                  "type": "/problems/unprocessable-report",
                  "title": "The report cannot be accepted",
                  "status": 422,
                  "detail": "1 problem was found.",
                  "instance": "/api/v1/reports",
                  "errors": [
                    { "pointer": "/applications/results/total/naturalPerson", "code": "identity-violated", "detail": "A2: （七）总计 should be the sum of the outcome rows, 26, but is 20.", "rule": "A2", "expected": 26, "actual": 20 }
                  ]
                }
                """);
        }
    }

    private static OpenApiMediaType? ProblemContent(OpenApiOperation operation, string status) =>
        operation.Responses is { } responses && responses.TryGetValue(status, out var response)
        && response.Content is { } content && content.TryGetValue(ProblemResponses.ContentType, out var media)
            ? media as OpenApiMediaType
            : null;

    private static JsonNode Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Disclosure.Api.OpenApi.Examples.{name}")
            ?? throw new InvalidOperationException($"Example {name} is not embedded.");
        return JsonNode.Parse(stream)!;
    }
}
