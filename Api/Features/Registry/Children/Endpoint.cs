using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Serialization;
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
        if (registry.Find(request.Code) is not { } division)
        {
            await ProblemAnswers.NotFoundAsync(HttpContext, $"No division has the code {request.Code}.", ct);
            return;
        }

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

public sealed class Request
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    [RegularExpression(Parameters.AreaCodePattern)]
    public string Code { get; set; } = "";

    /// <summary>The most units this answer holds, 1 to 1000.</summary>
    [QueryParam, Range(1, MaxLimit)]
    public int Limit { get; set; } = DefaultLimit;

    /// <summary>Continue after this unit: the code in the previous page's <c>next</c> link.</summary>
    [QueryParam, RegularExpression(Parameters.AreaCodePattern)]
    public string? After { get; set; }

    /// <summary>This request, normalised, continuing after <paramref name="after"/>: the next link.</summary>
    public string Link(string path, string after) => string.Create(CultureInfo.InvariantCulture, $"{path}?limit={Limit}&after={after}");
}

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        RuleFor(r => r.Code).Must(Parameters.IsAreaCode)
            .WithErrorCode("invalid-area").WithMessage("code " + Parameters.AreaCodeMessage);
        RuleFor(r => r.Limit).InclusiveBetween(1, Request.MaxLimit)
            .WithErrorCode("invalid-limit").WithMessage($"limit must be between 1 and {Request.MaxLimit}.");
        RuleFor(r => r.After).Must(Parameters.IsAreaCode).When(r => r.After is not null)
            .WithErrorCode("invalid-after").WithMessage("after must be the code of a unit, as the previous page's next link gives it (411328110).");
    }
}

public sealed class ChildrenResponse
{
    /// <summary>The area whose units these are.</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>The most units this answer holds.</summary>
    public required int Limit { get; init; }

    /// <summary>The URL (path and query) of the next page, also sent as a Link header with rel="next"; null on the last page.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Next { get; init; }

    /// <summary>How many units are one level under the area, on every page.</summary>
    public required int Total { get; init; }

    /// <summary>How many units this answer holds.</summary>
    public required int Count { get; init; }

    /// <summary>The units one level under the area, in code order.</summary>
    public required IReadOnlyList<DivisionResponse> Children { get; init; }
}
