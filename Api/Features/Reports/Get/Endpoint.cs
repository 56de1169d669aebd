using System.ComponentModel.DataAnnotations;
using Disclosure.Api.Features.Reads;
using Disclosure.Persistence;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Problems;
using Disclosure.Domain.Printing;
using Disclosure.Domain.Registry;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Reports.Get;

public sealed class Endpoint(ReportStore store, DivisionRegistry registry) : Endpoint<Request, StoredReportResponse>
{
    public override void Configure()
    {
        Get("/townships/{code}/reports/{year}");
        AllowAnonymous();
        Description(b => b
            .WithName("getReport")
            .WithTags("Reports")
            .ClearDefaultProduces()
            .Produces<StoredReportResponse>(StatusCodes.Status200OK, "application/json", "text/plain")
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
                            "the text has an ETag of its own.";
            s.Params["code"] = "The township's 9-digit statistical division code.";
            s.Params["year"] = "The year reported on.";
            s.Params["revision"] = "An older revision (1, 2, …); the current one when absent.";
            s.Params["format"] = "text for the national tables as plain text; json is the default. Accept: text/plain works too.";
            s.Responses[200] = "The report in JSON, or its national tables in text. ETag names this revision in this representation.";
            s.Responses[304] = "If-None-Match names this revision: nothing changed.";
            s.Responses[400] = "A parameter is not valid.";
            s.Responses[404] = "No such report, or no such revision.";
            s.Responses[406] = "Accept accepts neither application/json nor text/plain.";
        });
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var representation = ReadAnswers.Negotiate(HttpContext, request.Format, Representation.Text);
        HttpContext.Response.Headers.Vary = "Accept";
        if (representation == Representation.NotAcceptable)
        {
            await ReadAnswers.NotAcceptableAsync(HttpContext, Representation.Text, ct);
            return;
        }

        var stored = await store.GetAsync(request.Code, request.Year, request.Revision, ct);
        if (stored is null)
        {
            var what = request.Revision is { } n ? $"revision {n} of " : "";
            await ProblemResponses.SendAsync(HttpContext, StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found",
                $"There is no {what}report of township {request.Code} for {request.Year}.", ct: ct);
            return;
        }

        var text = representation == Representation.Text;
        if (ConditionalGet.NotModified(HttpContext, text ? TextETag(stored.ETag) : stored.ETag))
        {
            await Send.StatusCodeAsync(StatusCodes.Status304NotModified, ct);
            return;
        }
        if (text)
            await Send.StringAsync(PrintedText.Of(stored.Report), StatusCodes.Status200OK, ReadAnswers.ContentTypeOf(Representation.Text), ct);
        else
            await Send.OkAsync(StoredReportResponse.From(stored, registry), ct);
    }

    /// <summary>The text is another representation of the revision, so it has another tag: a cache must not answer one with the other.</summary>
    private static string TextETag(string revisionETag) => $"{revisionETag[..^1]}-text\"";
}

public sealed class Request : ReportAddress
{
    /// <summary>An older revision (1, 2, …); the current one when absent.</summary>
    [QueryParam]
    public int? Revision { get; set; }

    /// <summary>json (default) or text: the national tables as plain text.</summary>
    [QueryParam, RegularExpression("^(json|text)$")]
    public string? Format { get; set; }
}

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        Include(new ReportAddressValidator());
        RuleFor(r => r.Revision).Must(revision => revision is null or >= 1)
            .WithErrorCode("invalid-revision").WithMessage("revision must be 1 or more.");
        RuleFor(r => r.Format).Must(f => f is null or "json" or "text")
            .WithErrorCode("invalid-format").WithMessage("format must be json or text.");
    }
}
