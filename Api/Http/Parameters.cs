namespace Disclosure.Api.Http;

/// <summary>Checks for the path and query parameters that several features share.</summary>
public static class Parameters
{
    public static bool IsTownshipCode(string? code) => code is { Length: 9 } && code.All(char.IsAsciiDigit);

    /// <summary>An area is a division code prefix: 2, 4, 6 or 9 digits (province, city, county, township).</summary>
    public static bool IsAreaCode(string? code) => code is { Length: 2 or 4 or 6 or 9 } && code.All(char.IsAsciiDigit);

    /// <summary>The same rule as <see cref="IsAreaCode"/>, for the OpenAPI document.</summary>
    public const string AreaCodePattern = "^([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9})$";

    public const string TownshipCodePattern = "^[0-9]{9}$";

    /// <summary>What every area parameter's 400 says after its name: the rule, and where a code is found by a place's name.</summary>
    public const string AreaCodeMessage =
        "must be a division code of 2, 4, 6 or 9 digits (41, 4113, 411328, 411328110); find one by name with GET /api/v1/areas?q=唐河.";
}
