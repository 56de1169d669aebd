using Disclosure.Api.Http;
using Disclosure.Api.Reads;
using Disclosure.Domain.Rollups;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Rollups;

public sealed class RollupRequestValidator : Validator<RollupRequest>
{
    public RollupRequestValidator()
    {
        Include(new AreaYearsRequestValidator());
        RuleFor(r => r.GroupBy).Must(BeKnownLevels).When(r => !string.IsNullOrEmpty(r.GroupBy))
            .WithErrorCode("invalid-group-by").WithMessage("groupBy must be a comma list of year, province, city, county, township.");
        RuleFor(r => r.Status).MustBeReviewStatus();
        RuleFor(r => r.Limit).MustBeLimit(RollupRequest.MaxLimit);
        RuleFor(r => r.After).Must((request, after) => FitsGrouping(request, after!)).When(r => r.After is not null)
            .WithErrorCode("invalid-after")
            .WithMessage("after must be the cursor of a group of this grouping, as the previous page's next link gives it: year-code (2020-411328), the year or the code alone when only one of them is grouped by.");
    }

    private static bool BeKnownLevels(string? groupBy) =>
        groupBy!.Split(',').All(RollupRequest.GroupNames.ContainsKey);

    private static bool FitsGrouping(RollupRequest request, string after) =>
        (string.IsNullOrEmpty(request.GroupBy) || BeKnownLevels(request.GroupBy)) && RollupKey.FromCursor(after, request.ToFilter()) is not null;
}
