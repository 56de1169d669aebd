using Disclosure.Api.Features.Reviews;
using Disclosure.Api.Problems;
using Disclosure.Domain.Reviews;

namespace Disclosure.Api.Http;

/// <summary>The one place a review decision's or a withdrawal's result becomes HTTP: the report's review, or a problem.</summary>
public static class DecisionResponses
{
    /// <summary><paramref name="revisionParameter"/>: the revision was named by the query (a withdrawal), not the body.</summary>
    public static Task SendAsync(HttpContext http, DecisionResult result, string townshipCode, int year, bool revisionParameter, CancellationToken ct)
    {
        if (result is DecisionResult.Done done)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return http.Response.WriteAsJsonAsync(done.Answer.Response, ApiJson.Options, ct);
        }
        return ProblemResponses.SendAsync(http, ProblemOf(http, result, townshipCode, year, revisionParameter), ct);
    }

    private static ProblemResponse ProblemOf(HttpContext http, DecisionResult result, string townshipCode, int year, bool revisionParameter)
    {
        var report = $"township {townshipCode}'s report for {year}";
        switch (result)
        {
            case DecisionResult.Stale stale:
                var detail = $"Revision {stale.Named} is not the current revision of {report}: revision {stale.Current} is. Read it, then decide on it.";
                return ProblemResponses.Create(http, StatusCodes.Status409Conflict, ProblemTypes.StaleRevision, "Not the current revision", detail,
                [
                    new ProblemError
                    {
                        Pointer = revisionParameter ? null : "/revision",
                        Parameter = revisionParameter ? "revision" : null,
                        Code = "stale-revision",
                        Detail = detail,
                        Expected = stale.Current,
                        Actual = stale.Named,
                    },
                ]);
            case DecisionResult.NotAllowed notAllowed:
                return ProblemResponses.Create(http, StatusCodes.Status409Conflict, ProblemTypes.ReviewStateConflict,
                    "The report's review state does not allow this",
                    $"The {report} is {ReviewNames.Of(notAllowed.State)}: it cannot be {ReviewNames.Of(notAllowed.Action)}. {Why(notAllowed)}".TrimEnd());
            case DecisionResult.NeedsOverride needs:
                return ProblemResponses.Create(http, StatusCodes.Status409Conflict, ProblemTypes.UnexplainedFindings, "Findings are unexplained",
                    $"Revision {needs.Revision} of {report} has {needs.Unexplained.Count} finding(s) no explanation covers, each listed by its code and " +
                    "the pointer of its cell in the report. The township explains them (POST …/explanations), or the county accepts with " +
                    "override: true and a reason.",
                    [.. needs.Unexplained.Select(f => new ProblemError { Pointer = f.Pointer, Code = f.Code, Detail = f.Message })]);
            default:
                return ProblemResponses.Create(http, StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found",
                    ProblemAnswers.NoReport(townshipCode, year));
        }
    }

    private static string Why(DecisionResult.NotAllowed notAllowed) => (notAllowed.State, notAllowed.Action) switch
    {
        (ReviewState.Withdrawn, _) => "A withdrawn report is counted nowhere; a new submission files it anew.",
        (_, ReviewAction.Unlocked) => "Only an accepted report is unlocked.",
        (ReviewState.Accepted, _) => "It is accepted already, and locked: the county unlocks it first.",
        (ReviewState.Returned, ReviewAction.Returned) => "It was returned already; the township's next revision submits it again.",
        _ => "",
    };
}
