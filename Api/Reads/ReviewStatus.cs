using Disclosure.Domain.Reviews;
using FluentValidation;

namespace Disclosure.Api.Reads;

/// <summary>
/// The <c>status</c> that rollups, tables and completeness take: absent, every report that counts (submitted, accepted,
/// returned: a withdrawn report counts nowhere); <c>accepted</c>, the reports the county accepted, alone.
/// </summary>
public static class ReviewStatus
{
    /// <summary>The one value: the stored and wire name of the accepted state.</summary>
    public static readonly string Accepted = ReviewNames.Of(ReviewState.Accepted);

    /// <summary>The rule for the OpenAPI document, which <see cref="MustBeReviewStatus{T}"/> checks.</summary>
    public const string Pattern = "^accepted$";

    public const string Description =
        "accepted: only the reports the county accepted. Absent: every report that counts (submitted, accepted and returned; a withdrawn report counts nowhere).";

    public static bool IsAcceptedOnly(string? status) => status == Accepted;

    /// <summary>400 <c>invalid-status</c> for any value but accepted.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeReviewStatus<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(status => status is null || status == Accepted)
            .WithErrorCode("invalid-status")
            .WithMessage("status must be accepted (only the reports the county accepted), or absent for every report that counts (submitted, accepted, returned).");
}
