namespace Disclosure.Api.Http;

/// <summary>The addresses answers name in Location.</summary>
public static class Locations
{
    /// <summary>A township's report for a year.</summary>
    public static string Report(string townshipCode, int year) => $"/api/v1/townships/{townshipCode}/reports/{year}";

    /// <summary>The explanations of a township's report for a year.</summary>
    public static string Explanations(string townshipCode, int year) => $"{Report(townshipCode, year)}/explanations";
}
