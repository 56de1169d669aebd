using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using Disclosure.Api.Features.Rollups;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Reads;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;
using Disclosure.Persistence;
using Disclosure.Persistence.Rollups;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Cells;

public sealed class Endpoint(RollupStore store, ReadAnswers reads) : Endpoint<Request>
{
    private static readonly string[] Columns = ["townshipCode", "year", "format", "flagged", "section", "row", "column", "value"];

    /// <summary>Cells written to the client between flushes: about 100 KB.</summary>
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
        return reads.StreamAsync(HttpContext, request.Link(path, request.After, Representation.Json), ReadAnswers.Negotiate(HttpContext, request.Format),
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
        var csv = new Csv(buffer).Line(Columns);
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

public sealed class Request : AreaYearsRequest
{
    /// <summary>Reports per answer when the request does not say: about 50,000 cells, 3 MB of CSV.</summary>
    public const int DefaultLimit = 250;

    /// <summary>The most reports one answer may hold: what a page holds in memory while a client reads it.</summary>
    public const int MaxLimit = 2000;

    public const string AfterPattern = "^[0-9]{9}-[0-9]{4}$";

    /// <summary>The most reports whose cells this answer holds, 1 to 2000.</summary>
    [QueryParam, Range(1, MaxLimit)]
    public int Limit { get; set; } = DefaultLimit;

    /// <summary>Continue after this report (township-year): the cursor in the previous page's <c>next</c> link.</summary>
    [QueryParam, RegularExpression(AfterPattern)]
    public string? After { get; set; }

    /// <summary>The township and year of <see cref="After"/> (the validator has checked its shape).</summary>
    public (string TownshipCode, int Year)? AfterReport() =>
        After is null ? null : (After[..9], int.Parse(After[10..], CultureInfo.InvariantCulture));

    public static string Cursor(CurrentValues report) => string.Create(CultureInfo.InvariantCulture, $"{report.TownshipCode}-{report.Year}");

    /// <summary>This query, normalised, continuing after <paramref name="after"/>: the next link, and the key of the answer's tag.</summary>
    public string Link(string path, string? after, Representation representation) =>
        path + AreaYearsQuery.Of(this, [], Limit, after) + (representation == Representation.Csv ? "&format=csv" : "");
}

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        Include(new AreaYearsRequestValidator());
        RuleFor(r => r.Limit).InclusiveBetween(1, Request.MaxLimit)
            .WithErrorCode("invalid-limit").WithMessage($"limit must be between 1 and {Request.MaxLimit}.");
        RuleFor(r => r.After).Matches(Request.AfterPattern).When(r => r.After is not null)
            .WithErrorCode("invalid-after").WithMessage("after must be the cursor of a report, as the previous page's next link gives it: township-year (411328110-2020).");
    }
}

/// <summary>The JSON shape of the cells answer, for the OpenAPI document.</summary>
public sealed class CellsResponse
{
    /// <summary>The most reports whose cells this answer holds.</summary>
    public required int Limit { get; init; }

    /// <summary>The URL (path and query) of the next page, also sent as a Link header with rel="next"; null on the last page.</summary>
    public required string? Next { get; init; }

    public required IReadOnlyList<TidyCell> Cells { get; init; }

    /// <summary>How many cells this answer holds.</summary>
    public required long Count { get; init; }
}

public sealed class TidyCell
{
    public required string TownshipCode { get; init; }
    public required int Year { get; init; }
    public required string Format { get; init; }
    public required bool Flagged { get; init; }
    public required string Section { get; init; }
    public required string Row { get; init; }
    public required string Column { get; init; }

    /// <summary>A count, or an amount in 万元 with up to 6 decimals.</summary>
    public required decimal Value { get; init; }
}
