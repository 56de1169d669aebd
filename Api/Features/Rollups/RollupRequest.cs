using System.ComponentModel.DataAnnotations;
using Disclosure.Domain.Rollups;
using Disclosure.Api.Features.Reads;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Rollups;

/// <summary>The filters and grouping every rollup takes.</summary>
public class RollupRequest : ReadRequest
{
    /// <summary>A division code prefix: 41 a province, 4113 a city, 411328 a county, a 9-digit township. None: the nation.</summary>
    [QueryParam, RegularExpression(Parameters.AreaCodePattern)]
    public string? Area { get; set; }

    [QueryParam]
    public int? From { get; set; }

    [QueryParam]
    public int? To { get; set; }

    [QueryParam]
    public int? Year { get; set; }

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

    public RollupFilter ToFilter() => new(Area, Year ?? From, Year ?? To, GroupLevels(), ExcludeFlagged);

    /// <summary>The query as the cache and ETag see it: every parameter, normalised.</summary>
    public string CacheKey(string path) =>
        $"{path}?area={Area}&from={Year ?? From}&to={Year ?? To}&groupBy={string.Join(',', GroupLevels())}&excludeFlagged={ExcludeFlagged}";
}

public sealed class RollupRequestValidator : Validator<RollupRequest>
{
    public RollupRequestValidator()
    {
        Include(new ReadRequestValidator());
        RuleFor(r => r.Area).Must(Parameters.IsAreaCode).When(r => r.Area is not null)
            .WithErrorCode("invalid-area").WithMessage("area " + Parameters.AreaCodeMessage);
        RuleFor(r => r.GroupBy).Must(BeKnownLevels).When(r => !string.IsNullOrEmpty(r.GroupBy))
            .WithErrorCode("invalid-group-by").WithMessage("groupBy must be a comma list of year, province, city, county, township.");
        RuleFor(r => r.From).Must((r, from) => from is null || r.To is null || from <= r.To)
            .WithErrorCode("from-after-to").WithMessage("from must not be after to.");
        RuleFor(r => r.Year).Must((r, year) => year is null || (r.From is null && r.To is null))
            .WithErrorCode("year-with-range").WithMessage("Give either year or from/to, not both.");
    }

    private static bool BeKnownLevels(string? groupBy) =>
        groupBy!.Split(',').All(RollupRequest.GroupNames.ContainsKey);
}
