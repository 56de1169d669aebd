using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using Disclosure.Api.Features.Reads;
using Disclosure.Api.OpenApi;
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

    public override void Configure()
    {
        Get("/cells");
        AllowAnonymous();
        Description(b => b
            .WithName("listCells")
            .WithTags("Rollups")
            .ProducesTidyAnswer<CellsResponse>());
        Summary(s =>
        {
            s.Summary = "Every stored cell, tidy, for scripts";
            s.Description = "One line per cell of every current report under the area and in the years: township, year, format, " +
                            "flagged, section, row, column, value. Amounts are exact 万元. Publications figures appear as section publications.";
            s.Params["area"] = "A division code prefix: 41 a province, 4113 a city, 411328 a county, a 9-digit township. Absent: the whole country.";
            s.Params["from"] = "First year, inclusive.";
            s.Params["to"] = "Last year, inclusive.";
            s.Params["year"] = "One year (instead of from and to).";
            s.Params["format"] = "csv for CSV; json is the default. Accept: text/csv works too.";
            s.Responses[200] = "The cells, in township, year and cell order, streamed as they are read (count comes last).";
            s.Responses[304] = "If-None-Match names the current answer: nothing changed.";
            s.Responses[400] = "A parameter is not valid; each is named.";
        });
    }

    public override Task HandleAsync(Request request, CancellationToken ct)
    {
        var key = $"cells?area={request.Area}&from={request.FirstYear}&to={request.LastYear}";
        return reads.StreamAsync(HttpContext, key, ReadAnswers.Negotiate(HttpContext, request.Format), async (body, representation, token) =>
        {
            var reports = store.StreamCurrentValuesAsync(request.Area, request.FirstYear, request.LastYear, token);
            if (representation == Representation.Csv)
                await WriteCsvAsync(body, reports, token);
            else
                await WriteJsonAsync(body, reports, token);
        }, ct);
    }

    private static async IAsyncEnumerable<(CurrentValues Report, Cell Cell)> CellsOf(IAsyncEnumerable<CurrentValues> reports)
    {
        await foreach (var report in reports)
        {
            foreach (var cell in ReportFormats.Find(report.Format)!.Cells)
                yield return (report, cell);
        }
    }

    private static async Task WriteCsvAsync(Stream body, IAsyncEnumerable<CurrentValues> reports, CancellationToken ct)
    {
        using var csv = new Csv().Line(Columns);
        long written = 0;
        await foreach (var (report, cell) in CellsOf(reports).WithCancellation(ct))
        {
            csv.Line([report.TownshipCode, report.Year.ToString(CultureInfo.InvariantCulture), report.Format, report.Flagged ? "true" : "false",
                cell.Section, cell.Row, cell.Column, Render(cell, report.Values[cell.Index])]);
            if (++written % 10_000 == 0)
                await body.WriteAsync(csv.TakeUtf8Bytes(), ct);
        }
        await body.WriteAsync(csv.TakeUtf8Bytes(), ct);
    }

    private static async Task WriteJsonAsync(Stream body, IAsyncEnumerable<CurrentValues> reports, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = Problems.ApiJson.Options.Encoder });
        json.WriteStartObject();
        json.WriteStartArray("cells");
        long written = 0;
        await foreach (var (report, cell) in CellsOf(reports).WithCancellation(ct))
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
            if (++written % 10_000 == 0)
                await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        // Last, because the cells are written as they are read: the count is known only at the end.
        json.WriteNumber("count", written);
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    /// <summary>Counts as integers, amounts as exact 万元 decimals: the same text in JSON and CSV.</summary>
    private static string Render(Cell cell, long value) =>
        cell.Kind == CellKind.AmountFen ? Amounts.FenToWanText(value) : value.ToString(CultureInfo.InvariantCulture);
}

public sealed class Request : AreaYearsRequest;

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator() => Include(new AreaYearsRequestValidator());
}

/// <summary>The JSON shape of the cells answer, for the OpenAPI document.</summary>
public sealed class CellsResponse
{
    public required long Count { get; init; }
    public required IReadOnlyList<TidyCell> Cells { get; init; }
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
