using Disclosure.Api.OpenApi;
using Disclosure.Domain.Registry;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Registry.Search;

public sealed class Endpoint(AreaSearch search, DivisionRegistry registry) : Endpoint<Request, AreaSearchResponse>
{
    public override void Configure()
    {
        Get("/areas");
        AllowAnonymous();
        Description(b => b
            .WithName("searchAreas")
            .WithTags("Registry")
            .ClearDefaultProduces()
            .Produces<AreaSearchResponse>(StatusCodes.Status200OK)
            .ProducesHeader(200, "Link", "<URL of the next page>; rel=\"next\" when more areas follow (the same URL as next in JSON); absent on the last page.")
            .ProducesProblems(400));
        Summary(s =>
        {
            s.Summary = "Find provinces, cities, counties and townships by name or code";
            s.Description = "Areas of every level whose name holds q (唐河, 上屯, 城关镇), or, when q is digits, whose code starts with q (4113). " +
                            "Ranked: the exact name first, then names that start with q, then names that hold it; within each, higher levels " +
                            "first (province, city, county, township), then code. Each area comes with its parents, from the province down, " +
                            "so that units of the same name (城关镇) can be told apart. next (and the Link header) gives the next page.";
            s.Params["q"] = "A part of a name, or a code prefix (digits): 1 to 50 characters.";
            s.Params["limit"] = $"The most areas this answer holds, 1 to {Request.MaxLimit} (default {Request.DefaultLimit}).";
            s.Params["after"] = "Continue after this area: the cursor the previous page's next link carries, match-code (e.g. nameContains-411328110).";
            s.Responses[200] = "At most limit areas, best first; next is the URL of the next page, null on the last.";
            s.Responses[400] = "A parameter is not valid; each is named.";
        });
    }

    public override Task HandleAsync(Request request, CancellationToken ct)
    {
        var page = search.Find(request.Q, request.AfterRank(), request.Limit);
        var next = page.More ? request.Link(HttpContext.Request.Path, Request.Cursor(page.Hits[^1].Rank)) : null;
        if (next is not null)
            HttpContext.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        return Send.OkAsync(new AreaSearchResponse
        {
            Q = request.Q,
            Limit = request.Limit,
            Next = next,
            Total = page.Total,
            Count = page.Hits.Count,
            Areas = page.Hits.Select(hit =>
            {
                var chain = registry.ChainOf(hit.Division);
                return new AreaHitResponse
                {
                    Code = hit.Division.Code,
                    Name = hit.Division.Name,
                    Level = hit.Division.Level,
                    Match = hit.Match,
                    Parents = chain.Take(chain.Count - 1).Select(DivisionResponse.From).ToList(),
                };
            }).ToList(),
        }, ct);
    }
}
