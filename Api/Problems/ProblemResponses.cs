using Disclosure.Domain.Reading;
using DomainProblem = Disclosure.Domain.Validation.Problem;

namespace Disclosure.Api.Problems;

/// <summary>Builds and sends problem responses, so every failure has the same shape.</summary>
public static class ProblemResponses
{
    public const string ContentType = "application/problem+json";

    /// <summary>Problems one answer lists; <see cref="ProblemResponse.ErrorCount"/> says how many there were in all.</summary>
    public const int MaxListed = ReadLimits.MaxProblemsListed;

    /// <summary>
    /// A problem; of <paramref name="errors"/> at most the first <see cref="MaxListed"/> are listed, and when
    /// fewer than <paramref name="errorCount"/> (by default, all of them) are, the count is given.
    /// </summary>
    public static ProblemResponse Create(HttpContext http, int status, string type, string title, string? detail = null,
        IReadOnlyList<ProblemError>? errors = null, int? errorCount = null)
    {
        var listed = errors is { Count: > MaxListed } ? errors.Take(MaxListed).ToList() : errors;
        var total = errorCount ?? errors?.Count ?? 0;
        return new ProblemResponse
        {
            Type = type,
            Title = title,
            Status = status,
            Detail = detail,
            Instance = http.Request.Path.Value,
            Errors = listed,
            ErrorCount = total > (listed?.Count ?? 0) ? total : null,
        };
    }

    /// <summary>413 for a body larger than its limit; the rest of it is not worth reading, so the connection is closed after answering.</summary>
    public static ProblemResponse PayloadTooLarge(HttpContext http, string detail)
    {
        http.Response.Headers.Connection = "close";
        return Create(http, StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge, "Payload too large", detail);
    }

    public static ProblemError FromDomain(DomainProblem p) => new()
    {
        Pointer = p.Pointer,
        Code = p.Code,
        Detail = p.Detail,
        Rule = p.Rule,
        Expected = p.Expected,
        Actual = p.Actual,
    };

    public static ProblemError ForParameter(string parameter, string code, string detail) => new()
    {
        Parameter = parameter,
        Code = code,
        Detail = detail,
    };

    public static Task SendAsync(HttpContext http, ProblemResponse problem, CancellationToken ct = default)
    {
        http.Response.StatusCode = problem.Status;
        return http.Response.WriteAsJsonAsync(problem, ApiJson.Options, ContentType, ct);
    }

    public static Task SendAsync(HttpContext http, int status, string type, string title, string? detail = null, IReadOnlyList<ProblemError>? errors = null, CancellationToken ct = default) =>
        SendAsync(http, Create(http, status, type, title, detail, errors), ct);

    /// <summary>Says how many problems were found, and when not all are listed, that only the first are.</summary>
    public static string Summarise(int count) =>
        count == 1 ? "1 problem was found."
        : count <= MaxListed ? $"{count} problems were found."
        : $"{count} problems were found; the first {MaxListed} are listed.";
}
