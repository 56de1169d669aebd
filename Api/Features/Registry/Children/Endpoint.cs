using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Domain.Registry;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Registry.Children;

public sealed class Endpoint(DivisionRegistry registry) : Endpoint<Request, ChildrenResponse>
{
    public override void Configure()
    {
        Get("/areas/{code}/children");
        AllowAnonymous();
        Description(b => b
            .WithName("listAreaChildren")
            .WithTags("Registry")
            .ClearDefaultProduces()
            .Produces<ChildrenResponse>(StatusCodes.Status200OK)
            .ProducesHeader(200, "Link", "<URL of the next page>; rel=\"next\" when more units follow (the same URL as next in JSON); absent on the last page.")
            .ProducesProblems(400, 404));
        Summary(s =>
        {
            s.Summary = "List the units one level under an area";
            s.Description = "The cities of a province, the counties of a city, the township-level units of a county, in code order; " +
                            "a township has none. next (and the Link header) gives the next page.";
            s.Params["code"] = "A division code of 2, 4, 6 or 9 digits.";
            s.Params["limit"] = $"The most units this answer holds, 1 to {Request.MaxLimit} (default {Request.DefaultLimit}).";
            s.Params["after"] = "Continue after this unit: the code the previous page's next link carries.";
            s.Responses[200] = "At most limit units, in code order; next is the URL of the next page, null on the last.";
            s.Responses[400] = "A parameter is not valid; each is named.";
            s.Responses[404] = "No unit has this code.";
        });
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        if (await ProblemAnswers.DivisionOrNotFoundAsync(HttpContext, registry, request.Code, ct) is not { } division)
            return;

        var children = registry.ChildrenOf(division);
        var start = 0;
        if (request.After is { } after)
            while (start < children.Count && string.CompareOrdinal(children[start].Code, after) <= 0) start++;
        var page = children.Skip(start).Take(request.Limit).ToList();
        var next = start + page.Count < children.Count ? request.Link(HttpContext.Request.Path, page[^1].Code) : null;
        if (next is not null)
            HttpContext.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        await Send.OkAsync(new ChildrenResponse
        {
            Code = division.Code,
            Name = division.Name,
            Limit = request.Limit,
            Next = next,
            Total = children.Count,
            Count = page.Count,
            Children = page.Select(DivisionResponse.From).ToList(),
        }, ct);
    }
}
