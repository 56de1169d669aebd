using Disclosure.Api.Features.Reports;
using Disclosure.Api.Problems;
using Disclosure.Domain.Reading;
using Disclosure.Domain.Registry;

namespace Disclosure.Api.Http;

/// <summary>
/// The problems endpoints answer with when there is no use case result to map: a request refused before it was read
/// (<see cref="RequestBody"/>, an upload), a body that is not what it must be, a resource that is not there, a service
/// not ready.
/// </summary>
public static class ProblemAnswers
{
    /// <summary>Answers with a problem already made (a request refused while it was read).</summary>
    public static Task SendAsync(HttpContext http, ProblemResponse problem, CancellationToken ct) =>
        ProblemResponses.SendAsync(http, problem, ct);

    /// <summary>404 /problems/not-found.</summary>
    public static Task NotFoundAsync(HttpContext http, string detail, CancellationToken ct) =>
        ProblemResponses.SendAsync(http, StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found", detail, ct: ct);

    /// <summary>404 for a township with no report for the year.</summary>
    public static Task NoReportAsync(HttpContext http, string townshipCode, int year, CancellationToken ct) =>
        NotFoundAsync(http, NoReport(townshipCode, year), ct);

    /// <summary>
    /// What <paramref name="lookup"/> finds of the report at <paramref name="address"/>; when it finds nothing, the 404 for
    /// a township with no report for the year is answered here and null returned.
    /// </summary>
    public static async Task<T?> ReportOrNotFoundAsync<T>(HttpContext http, ReportAddress address, Task<T?> lookup, CancellationToken ct)
        where T : class
    {
        if (await lookup is { } found)
            return found;
        await NoReportAsync(http, address.Code, address.Year, ct);
        return null;
    }

    /// <summary>The division <paramref name="code"/> names; when it names none, the 404 is answered here and null returned.</summary>
    public static async Task<Division?> DivisionOrNotFoundAsync(HttpContext http, DivisionRegistry registry, string code, CancellationToken ct)
    {
        if (registry.Find(code) is { } division)
            return division;
        await NotFoundAsync(http, $"No division has the code {code}.", ct);
        return null;
    }

    /// <summary>The detail of a 404 for a township with no report for the year.</summary>
    public static string NoReport(string townshipCode, int year) => $"There is no report of township {townshipCode} for {year}.";

    /// <summary>400 /problems/invalid-parameter: every parameter that is not valid, each named.</summary>
    public static Task InvalidParametersAsync(HttpContext http, IReadOnlyList<ProblemError> errors, CancellationToken ct) =>
        ProblemResponses.SendAsync(http, StatusCodes.Status400BadRequest, ProblemTypes.InvalidParameter, "Invalid parameters",
            ProblemResponses.Summarise(errors.Count), errors, ct);

    /// <summary>503 /problems/unavailable.</summary>
    public static Task UnavailableAsync(HttpContext http, string detail, CancellationToken ct) =>
        ProblemResponses.SendAsync(http, StatusCodes.Status503ServiceUnavailable, ProblemTypes.Unavailable, "Unavailable", detail, ct: ct);

    /// <summary>
    /// A small JSON request body (a review's decision, an explanation) read by <paramref name="read"/>; when it cannot be
    /// read (413, 415) or is not what it must be (400 with every problem), that is answered here and null returned.
    /// </summary>
    public static async Task<T?> ReadBodyAsync<T>(HttpContext http, Func<byte[], (T? Value, ObjectReader Reader)> read, CancellationToken ct)
        where T : class
    {
        if (await JsonBodyAsync(http, ct) is not { } bytes)
            return null;
        var (value, reader) = read(bytes);
        if (value is null)
            await MalformedRequestAsync(http, reader, ct);
        return value;
    }

    /// <summary>A JSON request body's bytes (<see cref="RequestBody.ReadJsonAsync"/>); when it is refused (413, 415), that is answered here and null returned.</summary>
    public static async Task<byte[]?> JsonBodyAsync(HttpContext http, CancellationToken ct)
    {
        var body = await RequestBody.ReadJsonAsync(http, ct);
        if (body.Bytes is null)
            await SendAsync(http, body.Refusal!, ct);
        return body.Bytes;
    }

    /// <summary>A review's or an explanation's body that is not what it must be: every problem, each with its pointer.</summary>
    private static Task MalformedRequestAsync(HttpContext http, ObjectReader reader, CancellationToken ct) =>
        ProblemResponses.SendAsync(http, ProblemResponses.Create(http, StatusCodes.Status400BadRequest, ProblemTypes.MalformedRequest,
            "The request body is malformed", ProblemResponses.Summarise(reader.ErrorCount),
            [.. reader.Errors.Select(ProblemResponses.FromDomain)], reader.ErrorCount), ct);
}
