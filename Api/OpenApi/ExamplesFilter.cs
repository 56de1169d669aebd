using System.Reflection;
using System.Text.Json.Nodes;
using Disclosure.Api.Features.Reports;
using Disclosure.Api.Problems;
using Disclosure.Domain.Printing;
using Disclosure.Domain.Reading;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Disclosure.Api.OpenApi;

/// <summary>
/// Real examples: report bodies of both formats for every operation that takes a report, and problem
/// documents for its 400 and 422 answers.
/// </summary>
public sealed class ExamplesFilter : IOperationFilter, IDocumentFilter
{
    internal const string Example2019 = "report-2019.json", Example2021 = "report-2021.json";

    private static readonly Dictionary<string, (string Summary, string File)> ReportExamples = new()
    {
        ["shangtun2020"] = ("上屯镇 (唐河县) 2020 in the 2019 format, as published", Example2019),
        ["format2021"] = ("毕店镇 (唐河县) 2022 in the 2021 format", Example2021),
    };

    /// <summary>The report examples live once, in components, and every operation refers to them.</summary>
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Components!.Examples ??= new Dictionary<string, IOpenApiExample>();
        foreach (var (id, (summary, file)) in ReportExamples)
            document.Components.Examples[id] = new OpenApiExample { Summary = summary, Value = Load(file) };
    }

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        DescribeCsv(operation);
        DescribeText(operation);
        DescribePrintedTables(operation);
        DescribeAreaSearch(operation);
        if (operation.OperationId == "importDocument")
            DescribeImport(operation);
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
                    Examples = ReportExamples.Keys.ToDictionary(id => id, id => (IOpenApiExample)new OpenApiExampleReference(id, context.Document)),
                },
            },
        };

        OperationMedia.SetExample(operation, "400", ProblemResponses.ContentType, """
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

        OperationMedia.SetExample(operation, "422", ProblemResponses.ContentType, """
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

    /// <summary>What an import answers: the seed text read (its report left out and its sources cut to two here), and a page without the tables.</summary>
    private static void DescribeImport(OpenApiOperation operation)
    {
        OperationMedia.SetExample(operation, "200", "application/json", """
            {
              "detected": { "townshipCode": "411328110", "townshipName": "上屯镇", "year": 2020, "format": "2019", "layout": "2019",
                            "title": "上屯镇人民政府2020年政府信息公开工作年度报告" },
              "sources": [
                { "pointer": "/proactiveDisclosure/otherServices/change", "table": "二", "row": "其他对外管理服务事项", "column": "本年增/减", "text": "47" },
                { "pointer": "/applications/newlyReceived/naturalPerson", "table": "三", "row": "一、本年新收政府信息公开申请数量", "column": "自然人", "text": "0" }
              ],
              "blanks": [],
              "notes": [
                { "code": "layout", "message": "Format 2019: table 二 prints the 2019 format's labels (\"本年新制作数量\"、\"本年新公开数量\"、\"对外公开总数量\"、\"上一年项目数量\"); table 三 prints （六）其他处理 as one row. Layout 2019." }
              ],
              "valid": true, "errors": [], "warnings": []
            }
            """);
        OperationMedia.SetExample(operation, "422", ProblemResponses.ContentType, """
            {
              "type": "/problems/unrecognised-document",
              "title": "The national tables are not in the document",
              "status": 422,
              "detail": "3 of the tables and rows of the national format were not found.",
              "instance": "/api/v1/imports",
              "errors": [
                { "pointer": "", "code": "not-found", "detail": "Table 二 (主动公开政府信息情况) was not found." },
                { "pointer": "", "code": "not-found", "detail": "Table 三 (收到和处理政府信息公开申请情况) was not found." },
                { "pointer": "", "code": "not-found", "detail": "Table 四 (政府信息公开行政复议、行政诉讼情况) was not found." }
              ]
            }
            """);
    }

    /// <summary>A CSV answer is text, not the JSON schema of its sibling; show what its lines look like.</summary>
    private static void DescribeCsv(OpenApiOperation operation)
    {
        if (OperationMedia.Of(operation, "200", "text/csv") is not { } media)
            return;
        media.Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "RFC 4180 CSV in UTF-8 with a header row, CRLF line ends; the same numbers as the JSON answer.",
        };
        media.Example = operation.OperationId switch
        {
            "completeness" => null,
            "listCells" => JsonValue.Create(
                "townshipCode,year,format,flagged,section,row,column,value\r\n" +
                "411328110,2020,2019,false,applications,newlyReceived,naturalPerson,0\r\n" +
                "411328110,2020,2019,false,proactiveDisclosure,otherServices,decisions,200\r\n"),
            // A rollup's is written by RollupSchemas, from the same group as its JSON example.
            _ => null,
        };
        if (operation.OperationId == "completeness")
            DescribeCompleteness(media, operation);
    }

    /// <summary>Completeness answers two CSVs (list=townships, list=reminders) and JSON with the late and the returned listed.</summary>
    private static void DescribeCompleteness(OpenApiMediaType csv, OpenApiOperation operation)
    {
        csv.Examples = new Dictionary<string, IOpenApiExample>
        {
            ["townships"] = new OpenApiExample
            {
                Summary = "list=townships (the default): every township-level unit",
                Value = JsonValue.Create(
                    "year,townshipCode,townshipName,submitted,onTime,firstSubmittedAt,publishedAt,state\r\n" +
                    "2020,411328001,滨河街道,false,false,,,\r\n" +
                    "2020,411328110,上屯镇,true,true,2026-11-30T02:00:00.0000000Z,2021-01-20,accepted\r\n" +
                    "2020,411328112,少拜寺镇,true,false,2026-11-30T02:00:00.0000000Z,2021-02-01,returned\r\n"),
            },
            ["reminders"] = new OpenApiExample
            {
                Summary = "list=reminders: the missing, the late and the returned, with their county",
                Value = JsonValue.Create(
                    "year,countyCode,countyName,townshipCode,townshipName,status,date,judgedBy,reason\r\n" +
                    "2020,411328,唐河县,411328001,滨河街道,missing,,,\r\n" +
                    "2020,411328,唐河县,411328112,少拜寺镇,late,2021-02-01,publishedAt,\r\n" +
                    "2020,411328,唐河县,411328112,少拜寺镇,returned,2026-12-01,,表三第一行与第七行不符，请核对后重报。\r\n" +
                    "2020,411328,唐河县,411328311,东王集乡,late,2026-11-30,firstSubmittedAt,\r\n"),
            },
        };
        if (OperationMedia.Of(operation, "200", "application/json") is { } jsonMedia)
        {
            jsonMedia.Example = JsonNode.Parse("""
                {
                  "area": "411328", "year": 2020, "status": null, "deadline": "2021-01-31T16:00:00.0000000Z",
                  "expected": 24, "submitted": 4, "onTime": 2,
                  "states": { "submitted": 2, "accepted": 1, "returned": 1 },
                  "rate": 0.166667, "onTimeRate": 0.083333,
                  "missing": [ { "townshipCode": "411328002", "townshipName": "文峰街道" } ],
                  "late": [
                    { "townshipCode": "411328112", "townshipName": "少拜寺镇", "judgedBy": "publishedAt", "publishedAt": "2021-02-01", "firstSubmittedAt": "2026-11-30T02:00:00.0000000Z", "state": "returned" },
                    { "townshipCode": "411328311", "townshipName": "东王集乡", "judgedBy": "firstSubmittedAt", "publishedAt": null, "firstSubmittedAt": "2026-11-30T02:00:00.0000000Z", "state": "submitted" }
                  ],
                  "returned": [
                    { "townshipCode": "411328112", "townshipName": "少拜寺镇", "reason": "表三第一行与第七行不符，请核对后重报。", "returnedAt": "2026-11-30T17:30:00.0000000Z" }
                  ]
                }
                """);
        }
    }

    /// <summary>The area search: a township found by a part of its name, with its parents.</summary>
    private static void DescribeAreaSearch(OpenApiOperation operation)
    {
        if (operation.OperationId != "searchAreas" || OperationMedia.Of(operation, "200", "application/json") is not { } media)
            return;
        media.Example = JsonNode.Parse("""
            {
              "q": "城关镇", "limit": 2, "next": "/api/v1/areas?q=%E5%9F%8E%E5%85%B3%E9%95%87&limit=2&after=exactName-150123100",
              "total": 88, "count": 2,
              "areas": [
                { "code": "120114110", "name": "城关镇", "level": "township", "match": "exactName",
                  "parents": [ { "code": "12", "name": "天津市", "level": "province" }, { "code": "1201", "name": "市辖区", "level": "city" },
                               { "code": "120114", "name": "武清区", "level": "county" } ] },
                { "code": "150123100", "name": "城关镇", "level": "township", "match": "exactName",
                  "parents": [ { "code": "15", "name": "内蒙古自治区", "level": "province" }, { "code": "1501", "name": "呼和浩特市", "level": "city" },
                               { "code": "150123", "name": "和林格尔县", "level": "county" } ] }
              ]
            }
            """);
    }

    /// <summary>A report as text is its national tables as printed: show those of the 2019 example.</summary>
    private static void DescribeText(OpenApiOperation operation)
    {
        if (OperationMedia.Of(operation, "200", "text/plain") is not { } media)
            return;
        media.Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "The national tables 二, 三 and 四 in UTF-8: each after its heading line, a line per row (LF), cells separated by tabs, " +
                          "a merged heading printed once in its first cell, a row label merged down several rows printed on each; " +
                          "amounts in 万元 exactly, figures only in figure cells.",
        };
        var report = ReportReader.Read(LoadBytes(ReportExamples["shangtun2020"].File)).Report
            ?? throw new InvalidOperationException("The 2019 example is not a valid report.");
        media.Example = JsonValue.Create(PrintedText.Of(report));
    }

    /// <summary>The national tables as a workbook are bytes, and as a page HTML: not the JSON schema of their sibling.</summary>
    private static void DescribePrintedTables(OpenApiOperation operation)
    {
        if (OperationMedia.Of(operation, "200", Reads.ReadCache.XlsxMediaType) is { } workbook)
        {
            workbook.Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Format = "binary",
                Description = "An Excel workbook: a sheet per table (per format and table when several formats are present), a title row naming " +
                              "the area, the year, the reports summed, how many are flagged and how many are in each review state (and, with status=accepted, that only " +
                              "accepted reports are summed), headings merged as printed and frozen, figures as numbers.",
            };
        }
        if (operation.OperationId == "getTables" && OperationMedia.Of(operation, "200", "application/json") is { } tables)
        {
            // 上屯镇's 2020 report, accepted, as its own area's tables: every row and cell of the 2019 format, written by the answer's own writer.
            var report = ReportReader.Read(LoadBytes(ReportExamples["shangtun2020"].File)).Report
                ?? throw new InvalidOperationException("The 2019 example is not a valid report.");
            var accepted = TableSet.Of(report, flagged: false) with { States = new Domain.Rollups.ReviewStateCounts(Submitted: 0, Accepted: 1, Returned: 0) };
            var answer = new Features.Tables.TablesAnswer(report.TownshipCode, "上屯镇", report.Year, ExcludeFlagged: false, [accepted]);
            tables.Example = JsonNode.Parse(Features.Tables.TablesJson.Write(answer));
        }
        if (OperationMedia.Of(operation, "200", "text/html") is { } page)
        {
            page.Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "A printable HTML page in UTF-8 (lang zh-CN, A4 print styles, no script, nothing fetched): each table as printed, " +
                              "headings and labels merged with rowspan and colspan, every text HTML-encoded.",
            };
        }
    }

    private static JsonNode Load(string name) => JsonNode.Parse(LoadBytes(name))!;

    internal static byte[] LoadBytes(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Disclosure.Api.OpenApi.Examples.{name}")
            ?? throw new InvalidOperationException($"Example {name} is not embedded.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
