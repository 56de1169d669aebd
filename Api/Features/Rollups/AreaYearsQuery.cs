using System.Globalization;
using Disclosure.Api.Reads;
using FastEndpoints;

namespace Disclosure.Api.Features.Rollups;

/// <summary>
/// The area and years that the rollups and the tidy cells take (<see cref="AreaYearsRequest"/>): described once for
/// the document, and written once into the normalised query that their next links and cache keys are made of.
/// </summary>
public static class AreaYearsQuery
{
    public static void Describe(EndpointSummary s)
    {
        s.Params["area"] = "A division code prefix: 41 a province, 4113 a city, 411328 a county, a 9-digit township. Absent: the whole country.";
        s.Params["from"] = "First year, inclusive.";
        s.Params["to"] = "Last year, inclusive.";
        s.Params["year"] = "One year (instead of from and to).";
    }

    /// <summary>
    /// The query of <paramref name="request"/>, normalised: its area and years (a single year as from and to), the
    /// <paramref name="filters"/> that follow them, <paramref name="limit"/>, and <paramref name="after"/> when given.
    /// </summary>
    public static string Of(AreaYearsRequest request, IEnumerable<string> filters, int limit, string? after)
    {
        var parameters = new List<string>();
        if (request.Area is not null) parameters.Add($"area={request.Area}");
        if (request.FirstYear is { } from) parameters.Add(string.Create(CultureInfo.InvariantCulture, $"from={from}"));
        if (request.LastYear is { } to) parameters.Add(string.Create(CultureInfo.InvariantCulture, $"to={to}"));
        parameters.AddRange(filters);
        parameters.Add(string.Create(CultureInfo.InvariantCulture, $"limit={limit}"));
        if (after is not null) parameters.Add($"after={after}");
        return "?" + string.Join('&', parameters);
    }
}
