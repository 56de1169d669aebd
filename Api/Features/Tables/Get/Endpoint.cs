using System.Globalization;
using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Reads;
using Disclosure.Domain.Registry;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Tables.Get;

public sealed class Endpoint(AreaTables tables, DivisionRegistry registry, ReadCache reads) : Endpoint<TablesRequest>
{
    public override void Configure()
    {
        Get("/tables");
        AllowAnonymous();
        Description(b => b
            .WithName("getTables")
            .WithTags("Tables")
            .ClearDefaultProduces()
            .Produces<TablesResponse>(StatusCodes.Status200OK, "application/json", ReadCache.XlsxMediaType, "text/html")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesHeader(200, "ETag", "Changes whenever any report is stored or reviewed; send it as If-None-Match to poll cheaply.")
            .ProducesHeader(200, "Content-Disposition", "For xlsx: attachment, with the file name in UTF-8 (filename*).")
            .ProducesProblems(400, 404, 406, 503));
        Summary(s =>
        {
            s.Summary = "The national tables 二, 三 and 四 of an area, summed";
            s.Description = "The three tables of the national format summed over the current reports of the area in the year, printed as the format " +
                            "prints them: the same rows, columns, Chinese labels and numbering, amounts in 万元 exactly. A set of tables per format " +
                            "present, each with how many reports it sums, how many of them are flagged and how many are in each review state (in its caption too). When only some 2021 reports print " +
                            "（六）其他处理 as one row, its three sub-rows and the undivided row are both printed, and a note says how many reports each covers. " +
                            "JSON (rows of cells with their spans), an Excel workbook (format=xlsx: a sheet per table, headings merged and frozen, " +
                            "figures as numbers), or a printable HTML page (format=html); Accept works too.";
            s.Params["area"] = "A division code prefix: 41 a province, 4113 a city, 411328 a county, a 9-digit township (its one report). Absent: the whole country.";
            s.Params["year"] = "The year reported on.";
            s.Params["excludeFlagged"] = "true: leave out reports stored flagged (with acknowledged identity violations).";
            s.Params["status"] = ReviewStatus.Description + " The title says when only accepted reports are summed.";
            s.Params["format"] = "json (default), xlsx or html. Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or text/html works too.";
            s.Responses[200] = "The tables, a set per format present (none when the area has no report for the year).";
            s.Responses[304] = "If-None-Match names the current answer: nothing changed.";
            s.Responses[400] = "A parameter is not valid; each is named.";
            s.Responses[404] = "No such area.";
            s.Responses[406] = "Accept accepts none of application/json, the xlsx type and text/html.";
            s.Responses[503] = "Too many answers are being computed: ask again after Retry-After seconds.";
        });
    }

    public override async Task HandleAsync(TablesRequest request, CancellationToken ct)
    {
        if (await ReadCache.NegotiateAsync(HttpContext, request.Format, TablesRepresentations.Printed, ct) is not { } representation)
            return;
        var division = request.Area is null ? null : registry.Find(request.Area);
        if (request.Area is not null && division is null)
        {
            await ProblemAnswers.NotFoundAsync(HttpContext, $"There is no division {request.Area}.", ct);
            return;
        }

        var year = request.Year!.Value;
        var acceptedOnly = ReviewStatus.IsAcceptedOnly(request.Status);
        var empty = new TablesAnswer(request.Area, division?.Name ?? "全国", year, request.ExcludeFlagged, []) { AcceptedOnly = acceptedOnly };
        var key = string.Create(CultureInfo.InvariantCulture,
            $"/tables?area={request.Area}&year={year}&excludeFlagged={request.ExcludeFlagged}&acceptedOnly={acceptedOnly}");
        await reads.SendAsync(HttpContext, key, representation, async (chosen, token) =>
        {
            var answer = empty with { Sets = await tables.ReadAsync(request.Area, year, request.ExcludeFlagged, acceptedOnly, token) };
            return new ReadBody(TablesRepresentations.Render(answer, chosen));
        }, ct, response =>
        {
            if (representation == Representation.Xlsx)
                Attachment.Name(response.HttpContext, empty.FileName + ".xlsx", empty.DownloadName + ".xlsx");
        });
    }
}
