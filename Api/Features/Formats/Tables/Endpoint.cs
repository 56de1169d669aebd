using Disclosure.Api.Features.Tables;
using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Printing;
using Disclosure.Domain.Rollups;
using FastEndpoints;

namespace Disclosure.Api.Features.Formats.Tables;

/// <summary>
/// A format's national tables as a blank form: every row, column and label as printed, each figure with its pointer in a
/// report and the value 0. What a client needs to lay out a report for entry without knowing the format (the web app's
/// township desk draws its grid from it).
/// </summary>
public sealed class Endpoint : Endpoint<BlankTablesRequest>
{
    public override void Configure()
    {
        Get("/formats/{format}/tables");
        AllowAnonymous();
        Description(b => b
            .WithName("getFormatTables")
            .WithTags("Tables")
            .ClearDefaultProduces()
            .Produces<FormatTablesResponse>(StatusCodes.Status200OK)
            .ProducesProblems(404));
        Summary(s =>
        {
            s.Summary = "A format's national tables, blank";
            s.Description = "The tables 二, 三 and 四 of a format as a blank form, in the shape of one set of GET /tables: the same rows, " +
                            "columns, Chinese labels and numbering, each figure with its cell (its JSON Pointer in a report) and the value 0, " +
                            "reports 0. layout picks one of the format's layouts (2021-undivided-other prints （六）其他处理 as one row).";
            s.Params["format"] = "2019 or 2021.";
            s.Params["layout"] = "A layout of the format (2019; 2021 or 2021-undivided-other); absent: the format's usual layout.";
            s.Responses[200] = "The blank tables.";
            s.Responses[404] = "No such format, or no such layout of it.";
        });
    }

    public override async Task HandleAsync(BlankTablesRequest request, CancellationToken ct)
    {
        var format = ReportFormats.Find(request.Format);
        var layout = request.Layout is null ? format?.Layouts[0] : format?.FindLayout(request.Layout);
        if (format is null || layout is null)
        {
            await ProblemAnswers.NotFoundAsync(HttpContext,
                format is null
                    ? $"There is no format {request.Format}: the formats are {string.Join(" and ", ReportFormats.All.Select(f => f.Id))}."
                    : $"Format {format.Id} has no layout {request.Layout}: its layouts are {string.Join(", ", format.Layouts.Select(l => l.Id))}.",
                ct);
            return;
        }
        var blank = new TableSet(format, layout, Reports: 0, Flagged: 0, new long[format.Cells.Count], Notes: []) { States = new ReviewStateCounts(0, 0, 0) };
        await Send.BytesAsync(TablesJson.WriteSet(blank), contentType: "application/json; charset=utf-8", cancellation: ct);
    }
}
