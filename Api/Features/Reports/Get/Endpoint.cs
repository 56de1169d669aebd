using Disclosure.Persistence;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Problems;
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
            .Produces<StoredReportResponse>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesHeader(200, "ETag", "Names this revision; send it as If-None-Match to poll cheaply.")
            .ProducesProblems(400, 404));
        Summary(s =>
        {
            s.Summary = "Read a township's report for a year";
            s.Description = "The current revision (or ?revision=N), as submitted with every optional total filled in, " +
                            "with flagged, the acknowledged violations and the warnings. Send If-None-Match with the ETag to get 304 when it has not changed.";
            s.Params["code"] = "The township's 9-digit statistical division code.";
            s.Params["year"] = "The year reported on.";
            s.Params["revision"] = "An older revision (1, 2, …); the current one when absent.";
            s.Responses[200] = "The report. ETag names this revision.";
            s.Responses[304] = "If-None-Match names this revision: nothing changed.";
            s.Responses[400] = "A parameter is not valid.";
            s.Responses[404] = "No such report, or no such revision.";
        });
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var stored = await store.GetAsync(request.Code, request.Year, request.Revision, ct);
        if (stored is null)
        {
            var what = request.Revision is { } n ? $"revision {n} of " : "";
            await ProblemResponses.SendAsync(HttpContext, StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found",
                $"There is no {what}report of township {request.Code} for {request.Year}.", ct: ct);
            return;
        }

        if (ConditionalGet.NotModified(HttpContext, stored.ETag))
        {
            await Send.StatusCodeAsync(StatusCodes.Status304NotModified, ct);
            return;
        }
        await Send.OkAsync(StoredReportResponse.From(stored, registry), ct);
    }
}

public sealed class Request : ReportAddress
{
    /// <summary>An older revision (1, 2, …); the current one when absent.</summary>
    [QueryParam]
    public int? Revision { get; set; }
}

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        Include(new ReportAddressValidator());
        RuleFor(r => r.Revision).Must(revision => revision is null or >= 1)
            .WithErrorCode("invalid-revision").WithMessage("revision must be 1 or more.");
    }
}
