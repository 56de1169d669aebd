using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Problems;
using Disclosure.Domain.Registry;
using Disclosure.Persistence;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Reports.List;

public sealed class Endpoint(ReportStore store, DivisionRegistry registry) : Endpoint<Request, ReportListResponse>
{
    public override void Configure()
    {
        Get("/reports");
        AllowAnonymous();
        Description(b => b
            .WithName("listReports")
            .WithTags("Reports")
            .ClearDefaultProduces()
            .Produces<ReportListResponse>(StatusCodes.Status200OK)
            .ProducesHeader(200, "Link", "<URL of the next page>; rel=\"next\" when more reports follow (the same URL as next in JSON); absent on the last page.")
            .ProducesProblems(400));
        Summary(s =>
        {
            s.Summary = "List current reports";
            s.Description = "The current revision of every stored report under an area, for a year, flagged or not; in township code and year order, " +
                            "at most limit a page; next (and the Link header) gives the next page.";
            s.Params["area"] = "A division code prefix: 41 a province, 4113 a city, 411328 a county, a 9-digit township.";
            s.Params["year"] = "Only reports on this year.";
            s.Params["flagged"] = "true: only flagged reports; false: only unflagged ones.";
            s.Params["limit"] = $"The most reports in this answer, 1 to {ReportStore.MaxListLimit} (default {Request.DefaultLimit}). When more follow, next (and the Link header, rel=\"next\") gives the URL of the next page.";
            s.Params["after"] = "Continue after this report: the cursor the previous page's next link carries, township-year (e.g. 411328110-2020).";
            s.Responses[200] = "At most limit reports, in township code and year order, and how many match over all pages; next is the URL of the next page, null on the last.";
            s.Responses[400] = "A parameter is not valid, or is page or pageSize, which this list no longer reads (code replaced-parameter); each is named.";
        });
    }

    /// <summary>The page-number parameters /reports took before it paged by key: refused, not ignored, so that no client silently gets the first page.</summary>
    private static readonly string[] ReplacedParameters = ["page", "pageSize"];

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var replaced = ReplacedParameters.Where(HttpContext.Request.Query.ContainsKey).ToList();
        if (replaced.Count > 0)
        {
            await ProblemAnswers.InvalidParametersAsync(HttpContext,
                [.. replaced.Select(name => ProblemResponses.ForParameter(name, "replaced-parameter",
                    $"{name} is no longer read: the list pages by limit and after, and each page's next link gives the next one."))], ct);
            return;
        }
        var page = await store.ListCurrentAsync(request.Area, request.Year, request.Flagged, request.AfterReport(), request.Limit, ct);
        string path = HttpContext.Request.Path;
        var next = page.More ? request.Link(path, page.Reports[^1].TownshipCode, page.Reports[^1].Year) : null;
        if (next is not null)
            HttpContext.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        await Send.OkAsync(new ReportListResponse
        {
            Limit = request.Limit,
            Next = next,
            Total = page.Total,
            Reports = page.Reports.Select(i => new ReportListItem
            {
                TownshipCode = i.TownshipCode,
                TownshipName = registry.Find(i.TownshipCode)?.Name ?? "",
                Year = i.Year,
                Format = i.Format,
                Revision = i.Revision,
                Flagged = i.Flagged,
                SubmittedAt = i.SubmittedAt.UtcDateTime,
            }).ToList(),
        }, ct);
    }
}
