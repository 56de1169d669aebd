using Disclosure.Api.Features.Reviews;
using Disclosure.Api.Features.Tables;
using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Reads;
using Disclosure.Domain.Printing;
using Disclosure.Domain.Registry;
using Disclosure.Persistence;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Reports.Get;

public sealed class Endpoint(ReportStore store, DivisionRegistry registry, ReviewAnswers reviews) : Endpoint<Request, StoredReportResponse>
{
    public override void Configure()
    {
        Get("/townships/{code}/reports/{year}");
        AllowAnonymous();
        Description(b => b
            .WithName("getReport")
            .WithTags("Reports")
            .ClearDefaultProduces()
            .Produces<StoredReportResponse>(StatusCodes.Status200OK, "application/json", "text/plain", ReadCache.XlsxMediaType, "text/html")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesHeader(200, "ETag", "Names this revision in this representation; send it as If-None-Match to poll cheaply.")
            .ProducesProblems(400, 404, 406));
        Summary(s =>
        {
            s.Summary = "Read a township's report for a year";
            s.Description = "The current revision (or ?revision=N), as submitted with every optional total filled in, " +
                            "with flagged, the acknowledged violations and the warnings. Send If-None-Match with the ETag to get 304 when it has not changed. " +
                            "format=text (or Accept: text/plain) answers the report's national tables 二, 三 and 四 as plain text, as a township " +
                            "pastes them into its published report: each table after its heading line, a line per row, cells separated by tabs; " +
                            "the text has an ETag of its own. format=xlsx (or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) " +
                            "answers the tables as an Excel workbook, a sheet per table, and format=html (or Accept: text/html) as a printable page; " +
                            "each has an ETag of its own too.";
            s.Params["code"] = "The township's 9-digit statistical division code.";
            s.Params["year"] = "The year reported on.";
            s.Params["revision"] = "An older revision (1, 2, …); the current one when absent.";
            s.Params["format"] = "json (default); text, xlsx or html for the national tables as plain text, an Excel workbook or a printable page. Accept works too.";
            s.Responses[200] = "The report in JSON, or its national tables as text, a workbook or a page. ETag names this revision in this representation.";
            s.Responses[304] = "If-None-Match names this revision: nothing changed.";
            s.Responses[400] = "A parameter is not valid.";
            s.Responses[404] = "No such report, or no such revision.";
            s.Responses[406] = "Accept accepts none of application/json, text/plain, the xlsx type and text/html.";
        });
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        if (await ReadCache.NegotiateAsync(HttpContext, request.Format, Printed, ct) is not { } representation)
            return;

        var stored = await store.GetAsync(request.Code, request.Year, request.Revision, ct);
        if (stored is null)
        {
            var what = request.Revision is { } n ? $"revision {n} of " : "";
            await ProblemAnswers.NotFoundAsync(HttpContext, $"There is no {what}report of township {request.Code} for {request.Year}.", ct);
            return;
        }

        // The JSON answer holds the report's review too: its tag changes with every review and explanation.
        var review = Printed.Contains(representation) ? null : await reviews.OfAsync(stored, ct);
        if (await ConditionalGet.AnsweredNotModifiedAsync(HttpContext, review?.ETagOf(stored) ?? ETagOf(stored.ETag, representation), ct))
            return;
        switch (representation)
        {
            case Representation.Text:
                await Send.StringAsync(PrintedText.Of(stored.Report), StatusCodes.Status200OK, ReadCache.ContentTypeOf(Representation.Text), ct);
                break;
            case Representation.Xlsx or Representation.Html:
                var answer = new TablesAnswer(stored.TownshipCode, registry.Find(stored.TownshipCode)?.Name ?? stored.TownshipCode, stored.Year,
                    ExcludeFlagged: false, [TableSet.Of(stored.Report, stored.Flagged)]);
                if (representation == Representation.Xlsx)
                    Attachment.Name(HttpContext, $"{answer.FileName}-r{stored.Revision}.xlsx", $"{answer.DownloadName}（第{stored.Revision}版）.xlsx");
                await Send.BytesAsync(TablesRepresentations.Render(answer, representation), contentType: ReadCache.ContentTypeOf(representation), cancellation: ct);
                break;
            default:
                var response = StoredReportResponse.From(stored, registry, review!.Response);
                response.Outliers = review.Outliers;
                await Send.OkAsync(response, ct);
                break;
        }
    }

    /// <summary>The national tables besides JSON: text, a workbook, a page.</summary>
    private static readonly IReadOnlyList<Representation> Printed = [Representation.Text, .. TablesRepresentations.Printed];

    /// <summary>Each representation of the revision has its own tag: a cache must not answer one with another.</summary>
    private static string ETagOf(string revisionETag, Representation representation) => representation switch
    {
        Representation.Text => $"{revisionETag[..^1]}-text\"",
        // A workbook's zip entries are dated when written: the same revision is the same workbook, not the same bytes.
        Representation.Xlsx => $"W/{revisionETag[..^1]}-xlsx\"",
        Representation.Html => $"{revisionETag[..^1]}-html\"",
        _ => revisionETag,
    };
}
