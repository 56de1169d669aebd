using Disclosure.Api.Features.Explanations;
using Disclosure.Api.Features.Reviews;
using Disclosure.Api.Problems;
using FastEndpoints;

namespace Disclosure.Api.Http;

/// <summary>The one place an explanation's result becomes HTTP: the explanation kept, or a problem.</summary>
public static class ExplanationResponses
{
    public static Task SendAsync(HttpContext http, ExplainResult result, string townshipCode, int year, CancellationToken ct)
    {
        if (result is ExplainResult.Done done)
        {
            http.Response.Headers.Location = Locations.Explanations(townshipCode, year);
            return http.Response.SendAsync(ReviewAnswers.ResponseOf(done.Explanation), StatusCodes.Status201Created, cancellation: ct);
        }
        return ProblemResponses.SendAsync(http, ProblemOf(http, result, townshipCode, year), ct);
    }

    private static ProblemResponse ProblemOf(HttpContext http, ExplainResult result, string townshipCode, int year)
    {
        var report = $"township {townshipCode}'s report for {year}";
        switch (result)
        {
            case ExplainResult.Forbidden forbidden:
                return ProblemResponses.Create(http, StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "Forbidden", forbidden.Detail);
            case ExplainResult.Withdrawn:
                return ProblemResponses.Create(http, StatusCodes.Status409Conflict, ProblemTypes.ReviewStateConflict,
                    "The report's review state does not allow this", $"The {report} is withdrawn: it has nothing to explain.");
            case ExplainResult.Stale stale:
                return ProblemResponses.Create(http, StatusCodes.Status409Conflict, ProblemTypes.StaleRevision, "Not the current revision",
                    $"New revisions of the {report} kept arriving (now revision {stale.Current}): read its findings again and explain them.");
            case ExplainResult.UnknownFinding unknown:
                var listed = unknown.Findings.Count == 0
                    ? "it has none."
                    : "its findings are listed by their code and pointer.";
                return ProblemResponses.Create(http, StatusCodes.Status422UnprocessableEntity,
                    ProblemTypes.UnknownFinding, "No such finding",
                    $"Revision {unknown.Revision} of the {report} has no finding {unknown.Code} at '{unknown.Pointer}': {listed}",
                    [
                        new ProblemError { Pointer = "/code", Code = "unknown-finding", Detail = $"No finding {unknown.Code} at '{unknown.Pointer}'." },
                        .. unknown.Findings.Select(f => new ProblemError { Pointer = f.Pointer, Code = f.Code, Detail = $"A finding that may be explained: {f.Message}" }),
                    ]);
            default:
                return ProblemResponses.Create(http, StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found",
                    ProblemAnswers.NoReport(townshipCode, year));
        }
    }
}
