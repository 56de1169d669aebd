using System.Text.Json;
using System.Text.Json.Nodes;
using Disclosure.Api.Features.Reports.Changes;
using Disclosure.Api.Problems;
using Disclosure.Domain.Changes;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Reading;
using Disclosure.Domain.Reports;
using Disclosure.Persistence;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Disclosure.Api.OpenApi;

/// <summary>
/// The answer of what changed: what its DTOs cannot say by their types (figures are exact JSON numbers, never binary
/// floats; the tables and sides are closed sets), and examples written by the answer's own code from the two example
/// reports: two revisions of 上屯镇's 2020 report, and that report against a 2021 one in the other format.
/// </summary>
public sealed class ChangesSchemas : ISchemaFilter, IOperationFilter
{
    private const string OperationId = "getReportChanges";

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { } properties })
            return;
        if (context.Type == typeof(ChangedCellResponse))
        {
            Closed(properties, "table", [.. new[] { ProactiveTables.Section, ApplicationTables.Section, ReviewLitigationTable.Section }
                .Select(s => Domain.Printing.PrintedWording.Numbers[s]), PublicationTables.Section]);
            Closed(properties, "presentIn", [.. Enum.GetValues<PresentIn>().Select(ChangedCellResponse.NameOf)]);
            Closed(properties, "unit", ChangedCellResponse.AmountUnit);
            Describe(properties, "from", "The earlier report's figure: a count, or an amount in 万元 exactly (up to 6 decimals); null when only the later report has it.");
            Describe(properties, "to", "The later report's figure, as from; null when only the earlier report has it.");
            Describe(properties, "change", "to − from, exact (an amount in 万元); null when one side has no figure.");
            Describe(properties, "ratio", "to ÷ from, rounded to 6 decimals half away from zero; null when from is 0 or one side has no figure.");
        }
        else if (context.Type == typeof(ComparedRevisionResponse))
        {
            Closed(properties, "format", [.. ReportFormats.All.Select(f => f.Id)]);
            Closed(properties, "layout", [.. ReportFormats.All.SelectMany(f => f.Layouts).Select(l => l.Id)]);
        }
    }

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId != OperationId || operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse { Content: { } content })
            return;
        var revisions = Revisions();
        if (content.TryGetValue("application/json", out var json) && json is OpenApiMediaType answer)
        {
            answer.Examples = new Dictionary<string, IOpenApiExample>
            {
                ["revisions"] = new OpenApiExample
                {
                    Summary = "Revision 2 of 上屯镇's 2020 report against revision 1 (the default)",
                    Value = Node(revisions),
                },
                ["previousYear"] = new OpenApiExample
                {
                    Summary = "against=previousYear: a 2021 report (2021 format) against the 2020 one (2019 format); the first cells of each kind only",
                    Value = Node(PreviousYear()),
                },
            };
        }
        if (content.TryGetValue("text/csv", out var csv) && csv is OpenApiMediaType csvMedia)
            csvMedia.Example = JsonValue.Create(System.Text.Encoding.UTF8.GetString(ChangesCsv.Write(revisions)));
        OperationMedia.SetExample(operation, "404", ProblemResponses.ContentType, """
            {
              "type": "/problems/not-found", "title": "Not found", "status": 404,
              "detail": "Revision 1 is the first of the report of township 411328110 for 2020: there is no earlier revision to compare it with. Name another with to, or compare with the year before with against=previousYear.",
              "instance": "/api/v1/townships/411328110/reports/2020/changes",
              "errors": [
                { "parameter": "from", "code": "no-earlier-revision",
                  "detail": "Revision 1 is the first of the report of township 411328110 for 2020: there is no earlier revision to compare it with. Name another with to, or compare with the year before with against=previousYear." }
              ]
            }
            """);
        OperationMedia.SetExample(operation, "400", ProblemResponses.ContentType, """
            {
              "type": "/problems/invalid-parameter", "title": "Invalid parameters", "status": 400,
              "detail": "2 problems were found.",
              "instance": "/api/v1/townships/411328110/reports/2020/changes",
              "errors": [
                { "parameter": "to", "code": "invalid-revision", "detail": "to must be a revision number, 1 or more." },
                { "parameter": "against", "code": "against-with-from",
                  "detail": "Give either from (an earlier revision of this year's report) or against=previousYear (the year before's report), not both." }
              ]
            }
            """);
    }

    /// <summary>上屯镇's 2020 report, then a revision correcting three figures and adding a policy interpretation.</summary>
    private static ChangesResponse Revisions()
    {
        var first = Read(ExamplesFilter.LoadBytes(ExamplesFilter.Example2019), _ => { });
        var second = Read(ExamplesFilter.LoadBytes(ExamplesFilter.Example2019), report =>
        {
            report["proactiveDisclosure"]!["otherServices"]!["decisions"] = 180;
            report["proactiveDisclosure"]!["procurement"]!["projects"] = 2;
            report["proactiveDisclosure"]!["procurement"]!["amountWan"] = JsonNode.Parse("12.3456");
            report["publications"]!["policyInterpretations"] = 27;
        });
        return Answer(Stored(first, 1, "2026-11-30T02:00:00Z"), Stored(second, 2, "2026-12-01T03:30:00Z"));
    }

    /// <summary>上屯镇's 2020 report (2019 format) against the 2021 example as its 2021 report: a cell of each kind listed.</summary>
    private static ChangesResponse PreviousYear()
    {
        var before = Read(ExamplesFilter.LoadBytes(ExamplesFilter.Example2019), _ => { });
        var after = Read(ExamplesFilter.LoadBytes(ExamplesFilter.Example2021), report =>
        {
            report["townshipCode"] = before.TownshipCode;
            report["year"] = before.Year + 1;
        });
        var full = Answer(Stored(before, 1, "2026-11-30T02:00:00Z"), Stored(after, 1, "2026-12-01T03:30:00Z"));
        string[] shown =
        [
            "/proactiveDisclosure/regulations/issued", "/proactiveDisclosure/licensing/change", "/proactiveDisclosure/licensing/decisions",
            "/applications/newlyReceived/naturalPerson", "/publications/keyDomains/majorProjects", "/publications/keyDomains/fiscalBudget",
        ];
        return new ChangesResponse
        {
            TownshipCode = full.TownshipCode, TownshipName = full.TownshipName, From = full.From, To = full.To,
            Compared = full.Compared, Unchanged = full.Unchanged, Changed = full.Changed, FromOnly = full.FromOnly, ToOnly = full.ToOnly,
            Cells = [.. full.Cells.Where(c => shown.Contains(c.Pointer))],
        };
    }

    private static ChangesResponse Answer(StoredRevision from, StoredRevision to) =>
        ChangesResponse.Of(new ChangesResult.Compared(from, to, ReportComparer.Compare(from.Report, to.Report)), "上屯镇");

    private static Report Read(byte[] json, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        change(node);
        return ReportReader.Read(JsonSerializer.SerializeToUtf8Bytes(node)).Report
            ?? throw new InvalidOperationException("An example report of what changed is not a valid report.");
    }

    private static StoredRevision Stored(Report report, int revision, string submittedAt) =>
        new(report.TownshipCode, report.Year, revision, report.Format.Id, DateTimeOffset.Parse(submittedAt, System.Globalization.CultureInfo.InvariantCulture),
            "admin", Flagged: false, ContentHash: "example", report, [], []);

    private static JsonNode Node(ChangesResponse answer) => JsonSerializer.SerializeToNode(answer, ApiJson.Options)!;

    private static void Closed(IDictionary<string, IOpenApiSchema> properties, string name, params string[] values)
    {
        if (properties.TryGetValue(name, out var property) && property is OpenApiSchema closed)
            closed.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
    }

    private static void Describe(IDictionary<string, IOpenApiSchema> properties, string name, string description)
    {
        if (properties.TryGetValue(name, out var property) && property is OpenApiSchema number)
        {
            number.Format = null;
            number.Description = description;
        }
    }
}
