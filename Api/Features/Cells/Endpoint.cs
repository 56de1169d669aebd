using System.Globalization;
using System.Text.Json;
using Disclosure.Api.Features.Rollups;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Reads;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;
using Disclosure.Persistence.Rollups;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Cells;

public sealed class Endpoint(RollupStore store, ReadCache reads) : Endpoint<Request>
{
    private static readonly string[] Columns = ["townshipCode", "year", "format", "flagged", "section", "row", "column", "value"];

    /// <summary>Cells written to the client between flushes: a write large enough to be worth it, small enough to hold little.</summary>
    private const int CellsPerWrite = 1000;

    public override void Configure()
    {
        Get("/cells");
        AllowAnonymous();
        Description(b => b
            .WithName("listCells")
            .WithTags("Rollups")
            .ProducesTidyAnswer<CellsResponse>()
            .ProducesHeader(200, "Link", "<URL of the next page>; rel=\"next\" when more reports follow (the same URL as next in JSON); absent on the last page."));
        Summary(s =>
        {
            s.Summary = "Every stored cell, tidy, for scripts";
            s.Description = "One line per cell of every current report under the area and in the years: township, year, format, " +
                            "flagged, section, row, column, value. Amounts are exact 万元. Publications figures appear as section publications. " +
                            "A page holds the cells of at most limit reports; next (and the Link header) gives the next page.";
            AreaYearsQuery.Describe(s);
            s.Params["limit"] = $"The most reports (township and year) whose cells this answer holds, 1 to {Request.MaxLimit} (default {Request.DefaultLimit}). When more follow, next (and the Link header, rel=\"next\") gives the URL of the next page.";
            s.Params["after"] = "Continue after this report: the cursor the previous page's next link carries, township-year (e.g. 411328110-2020).";
            s.Params["format"] = "csv for CSV; json is the default. Accept: text/csv works too.";
            s.Responses[200] = "The cells of at most limit reports, in township, year and cell order; next is the URL of the next page, null on the last.";
            s.Responses[304] = "If-None-Match names the current answer: nothing changed.";
            s.Responses[400] = "A parameter is not valid; each is named.";
            s.Responses[406] = "Accept accepts neither application/json nor text/csv.";
            s.Responses[503] = "Too many answers are being streamed: ask again after Retry-After seconds.";
        });
    }

    public override Task HandleAsync(Request request, CancellationToken ct)
    {
        string path = HttpContext.Request.Path;
        return reads.StreamAsync(HttpContext, request.Link(path, request.After, Representation.Json), ReadCache.Negotiate(HttpContext, request.Format),
            async (response, representation, token) =>
            {
                // The page is read whole and the connection closed first: no read transaction waits on the client.
                var page = await store.ListCurrentValuesAsync(request.Area, request.FirstYear, request.LastYear, request.AfterReport(), request.Limit, token);
                var next = page.More ? request.Link(path, Request.Cursor(page.Reports[^1]), representation) : null;
                if (next is not null)
                    response.Headers.Link = $"<{next}>; rel=\"next\"";
                if (representation == Representation.Csv)
                    await WriteCsvAsync(response.Body, page.Reports, token);
                else
                    await WriteJsonAsync(response.Body, request.Limit, next, page.Reports, token);
            }, ct);
    }

    /// <summary>The cells a report's layout prints, then its publications figures: not the cells of another layout.</summary>
    private static IEnumerable<(CurrentValues Report, Cell Cell)> CellsOf(IEnumerable<CurrentValues> reports) =>
        reports.SelectMany(report =>
        {
            var format = ReportFormats.Find(report.Format)!;
            var layout = format.LayoutOf(report.Values);
            return format.Cells.Where(cell => layout.Prints(cell) || cell.Section == PublicationTables.Section).Select(cell => (report, cell));
        });

    private static async Task WriteCsvAsync(Stream body, IReadOnlyList<CurrentValues> reports, CancellationToken ct)
    {
        using var buffer = new PooledBuffer();
        var csv = new CsvWriter(buffer).Line(Columns);
        long written = 0;
        foreach (var (report, cell) in CellsOf(reports))
        {
            csv.Line([report.TownshipCode, report.Year.ToString(CultureInfo.InvariantCulture), report.Format, report.Flagged ? "true" : "false",
                cell.Section, cell.Row, cell.Column, Render(cell, report.Values[cell.Index])]);
            if (++written % CellsPerWrite == 0)
            {
                await body.WriteAsync(buffer.WrittenMemory, ct);
                buffer.Clear();
            }
        }
        await body.WriteAsync(buffer.WrittenMemory, ct);
    }

    private static async Task WriteJsonAsync(Stream body, int limit, string? next, IReadOnlyList<CurrentValues> reports, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = Problems.ApiJson.Options.Encoder });
        json.WriteStartObject();
        json.WriteNumber("limit", limit);
        if (next is null) json.WriteNull("next"); else json.WriteString("next", next);
        json.WriteStartArray("cells");
        long written = 0;
        foreach (var (report, cell) in CellsOf(reports))
        {
            json.WriteStartObject();
            json.WriteString("townshipCode", report.TownshipCode);
            json.WriteNumber("year", report.Year);
            json.WriteString("format", report.Format);
            json.WriteBoolean("flagged", report.Flagged);
            json.WriteString("section", cell.Section);
            json.WriteString("row", cell.Row);
            json.WriteString("column", cell.Column);
            json.WritePropertyName("value");
            json.WriteRawValue(Render(cell, report.Values[cell.Index]), skipInputValidation: true);
            json.WriteEndObject();
            if (++written % CellsPerWrite == 0)
                await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        json.WriteNumber("count", written);
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    /// <summary>Counts as integers, amounts as exact 万元 decimals: the same text in JSON and CSV.</summary>
    private static string Render(Cell cell, long value) =>
        cell.Kind == CellKind.AmountFen ? Amounts.FenToWanText(value) : value.ToString(CultureInfo.InvariantCulture);
}
