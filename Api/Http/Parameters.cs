using Disclosure.Domain.Registry;
using FluentValidation;

namespace Disclosure.Api.Http;

/// <summary>
/// The division codes that paths and queries name, and the 400s that refuse them: the rule is
/// <see cref="DivisionCode"/>'s, the problem codes and words are the service's.
/// </summary>
public static class Parameters
{
    /// <summary>The problem code of an area parameter that is no division code.</summary>
    public const string InvalidArea = "invalid-area";

    /// <summary>The problem code of a township code parameter that is no 9-digit code.</summary>
    public const string InvalidTownshipCode = "invalid-township-code";

    /// <summary>What every area parameter's 400 says after its name: the rule, and where a code is found by a place's name.</summary>
    public const string AreaCodeMessage =
        "must be a division code of 2, 4, 6 or 9 digits (41, 4113, 411328, 411328110); find one by name with GET /api/v1/areas?q=唐河.";

    /// <summary>What every township code parameter's 400 says after its name.</summary>
    public const string TownshipCodeMessage = "must be a 9-digit township code.";

    /// <summary>400 invalid-limit when a page's <c>limit</c> is not from 1 to <paramref name="max"/>.</summary>
    public static IRuleBuilderOptions<T, int> MustBeLimit<T>(this IRuleBuilder<T, int> rule, int max) =>
        rule.InclusiveBetween(1, max).WithErrorCode("invalid-limit").WithMessage($"limit must be between 1 and {max}.");

    /// <summary>400 <see cref="InvalidArea"/> when the parameter <paramref name="name"/> is not a division code of any level.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeAreaCode<T>(this IRuleBuilder<T, string?> rule, string name) =>
        rule.Must(DivisionCode.IsValid).WithErrorCode(InvalidArea).WithMessage($"{name} {AreaCodeMessage}");

    /// <summary>400 <see cref="InvalidTownshipCode"/> when the parameter <paramref name="name"/> is not a township's code.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeTownshipCode<T>(this IRuleBuilder<T, string?> rule, string name) =>
        rule.Must(DivisionCode.IsTownshipCode).WithErrorCode(InvalidTownshipCode).WithMessage($"{name} {TownshipCodeMessage}");
}
