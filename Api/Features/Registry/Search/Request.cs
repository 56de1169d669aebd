using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Disclosure.Domain.Registry;
using FastEndpoints;

namespace Disclosure.Api.Features.Registry.Search;

public sealed class Request
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    public const int MaxQueryLength = 50;

    public const string AfterPattern = "^(exactName|namePrefix|nameContains|codePrefix)-" + DivisionCode.Digits + "$";

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
