using System.ComponentModel.DataAnnotations;
using Disclosure.Domain.Rollups;
using Disclosure.Api.Features.Reads;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Rollups;

/// <summary>The filters and grouping every rollup takes.</summary>
public class RollupRequest : AreaYearsRequest
{
    /// <summary>Comma list of year, province, city, county, township.</summary>
    [QueryParam, RegularExpression(GroupByPattern)]
    public string? GroupBy { get; set; }

    [QueryParam]
    public bool ExcludeFlagged { get; set; }

    public const string GroupByPattern = "^((year|province|city|county|township)(,(year|province|city|county|township))*)?$";

    public static readonly IReadOnlyDictionary<string, GroupLevel> GroupNames = new Dictionary<string, GroupLevel>(StringComparer.Ordinal)
    {
        ["year"] = GroupLevel.Year,
        ["province"] = GroupLevel.Province,
        ["city"] = GroupLevel.City,
        ["county"] = GroupLevel.County,
        ["township"] = GroupLevel.Township,
    };

    public IReadOnlyList<GroupLevel> GroupLevels() =>
        string.IsNullOrEmpty(GroupBy)
            ? []
            : GroupBy.Split(',').Select(name => GroupNames[name]).Distinct().Order().ToList();

    public RollupFilter ToFilter() => new(Area, FirstYear, LastYear, GroupLevels(), ExcludeFlagged);

    /// <summary>The query as the cache and ETag see it: every parameter, normalised.</summary>
    public string CacheKey(string path) =>
        $"{path}?area={Area}&from={FirstYear}&to={LastYear}&groupBy={string.Join(',', GroupLevels())}&excludeFlagged={ExcludeFlagged}";
}

public sealed class RollupRequestValidator : Validator<RollupRequest>
{
    public RollupRequestValidator()
    {
        Include(new AreaYearsRequestValidator());
        RuleFor(r => r.GroupBy).Must(BeKnownLevels).When(r => !string.IsNullOrEmpty(r.GroupBy))
            .WithErrorCode("invalid-group-by").WithMessage("groupBy must be a comma list of year, province, city, county, township.");
    }

    private static bool BeKnownLevels(string? groupBy) =>
        groupBy!.Split(',').All(RollupRequest.GroupNames.ContainsKey);
}
