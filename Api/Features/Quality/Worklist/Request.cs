using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Disclosure.Api.Reads;
using Disclosure.Domain.Quality;
using Disclosure.Domain.Registry;
using FastEndpoints;

namespace Disclosure.Api.Features.Quality.Worklist;

public sealed class Request : ReadRequest, AreaYearRules.IRequest
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public const string AfterPattern = "^(flagged|returned|missing|unexplained|explained)-[0-9]{1,9}-" + DivisionCode.TownshipDigits + "$";

    [QueryParam, Required]
    public int? Year { get; set; }

    [QueryParam, RegularExpression(DivisionCode.Pattern)]
    public string? Area { get; set; }

    /// <summary>The most townships in this answer, 1 to 1000.</summary>
    [QueryParam, Range(1, MaxLimit)]
    public int Limit { get; set; } = DefaultLimit;

    /// <summary>Continue after this township (tier-items-township): the cursor in the previous page's <c>next</c> link.</summary>
    [QueryParam, RegularExpression(AfterPattern)]
    public string? After { get; set; }

    /// <summary>The rank of <see cref="After"/> (the validator has checked its shape).</summary>
    public WorklistRank? AfterRank()
    {
        if (After is null) return null;
        var parts = After.Split('-');
        return new WorklistRank(Enum.Parse<WorklistTier>(parts[0], ignoreCase: true), int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2]);
    }

    public static string Cursor(WorklistRank rank) =>
        string.Create(CultureInfo.InvariantCulture, $"{rank.Tier.ToString().ToLowerInvariant()}-{rank.Items}-{rank.TownshipCode}");

    /// <summary>This query, normalised, continuing after <paramref name="after"/> when given: the next link, and the cache key.</summary>
    public string Link(string path, string? after, Representation representation)
    {
        var parameters = new List<string>();
        if (Area is not null) parameters.Add($"area={Area}");
        parameters.Add(string.Create(CultureInfo.InvariantCulture, $"year={Year}"));
        parameters.Add(string.Create(CultureInfo.InvariantCulture, $"limit={Limit}"));
        if (after is not null) parameters.Add($"after={after}");
        if (representation == Representation.Csv) parameters.Add("format=csv");
        return path + "?" + string.Join('&', parameters);
    }
}
