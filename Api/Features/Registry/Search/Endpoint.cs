using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Serialization;
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

public sealed class Request
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    public const int MaxQueryLength = 50;

    public const string AfterPattern = "^(exactName|namePrefix|nameContains|codePrefix)-([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9})$";

    /// <summary>A part of a name, or a code prefix (digits).</summary>
    [QueryParam, Required, StringLength(MaxQueryLength, MinimumLength = 1)]
    public string Q { get; set; } = "";

    /// <summary>The most areas this answer holds, 1 to 100.</summary>
    [QueryParam, Range(1, MaxLimit)]
    public int Limit { get; set; } = DefaultLimit;

    /// <summary>Continue after this area (match-code): the cursor in the previous page's <c>next</c> link.</summary>
    [QueryParam, RegularExpression(AfterPattern)]
    public string? After { get; set; }

    /// <summary>The rank of <see cref="After"/> (the validator has checked its shape).</summary>
    public AreaRank? AfterRank()
    {
        if (After is null) return null;
        var dash = After.IndexOf('-', StringComparison.Ordinal);
        return new AreaRank(Enum.Parse<AreaMatch>(After[..dash], ignoreCase: true), After[(dash + 1)..]);
    }

    public static string Cursor(AreaRank rank) => $"{CamelCaseEnumConverter<AreaMatch>.NameOf(rank.Match)}-{rank.Code}";

    /// <summary>This query, normalised, continuing after <paramref name="after"/>: the next link.</summary>
    public string Link(string path, string after) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}?q={Uri.EscapeDataString(Q)}&limit={Limit}&after={after}");
}

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        RuleFor(r => r.Q).Must(q => q is { Length: >= 1 and <= Request.MaxQueryLength } && !string.IsNullOrWhiteSpace(q))
            .WithErrorCode("invalid-q")
            .WithMessage($"q must be a part of an area's name (唐河) or a code prefix (4113): 1 to {Request.MaxQueryLength} characters, not only spaces.");
        RuleFor(r => r.Limit).InclusiveBetween(1, Request.MaxLimit)
            .WithErrorCode("invalid-limit").WithMessage($"limit must be between 1 and {Request.MaxLimit}.");
        RuleFor(r => r.After).Matches(Request.AfterPattern).When(r => r.After is not null)
            .WithErrorCode("invalid-after").WithMessage("after must be the cursor of an area, as the previous page's next link gives it: match-code (nameContains-411328110).");
    }
}

public sealed class AreaSearchResponse
{
    /// <summary>The query, as given.</summary>
    public required string Q { get; init; }

    /// <summary>The most areas this answer holds.</summary>
    public required int Limit { get; init; }

    /// <summary>The URL (path and query) of the next page, also sent as a Link header with rel="next"; null on the last page.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Next { get; init; }

    /// <summary>How many areas match q, on every page.</summary>
    public required int Total { get; init; }

    /// <summary>How many areas this answer holds.</summary>
    public required int Count { get; init; }

    public required IReadOnlyList<AreaHitResponse> Areas { get; init; }
}

public sealed class AreaHitResponse
{
    public required string Code { get; init; }
    public required string Name { get; init; }

    [JsonConverter(typeof(CamelCaseEnumConverter<DivisionLevel>))]
    public required DivisionLevel Level { get; init; }

    /// <summary>How the area matches q: its whole name, the start of its name, a part of its name, or the start of its code.</summary>
    [JsonConverter(typeof(CamelCaseEnumConverter<AreaMatch>))]
    public required AreaMatch Match { get; init; }

    /// <summary>The area's parents, from the province down: what tells units of the same name apart.</summary>
    public required IReadOnlyList<DivisionResponse> Parents { get; init; }
}
