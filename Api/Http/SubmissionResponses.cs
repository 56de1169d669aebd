using Disclosure.Api.Features.Reports;
using Disclosure.Api.Problems;
using Disclosure.Domain.Registry;

namespace Disclosure.Api.Http;

/// <summary>The one place a submission's result becomes HTTP: the stored report with its ETag and Location, or a problem.</summary>
public static class SubmissionResponses
{
    /// <summary>Answers a write of a report's JSON with its <paramref name="result"/>.</summary>
    public static async Task SendAsync(HttpContext http, SubmissionResult result, DivisionRegistry registry, CancellationToken ct)
    {
        if (ProblemOf(http, result) is { } problem)
        {
            await ProblemResponses.SendAsync(http, problem, ct);
            return;
        }
        var stored = (SubmissionResult.Stored)result;
        var review = stored.Review ?? throw new ArgumentException("A stored report's JSON answer shows its review.", nameof(result));
        http.Response.StatusCode = NameStored(http, stored);
        http.Response.Headers.ETag = review.ETagOf(stored.Revision);
        await http.Response.WriteAsJsonAsync(StoredReportResponse.From(stored.Revision, registry, review.Response, stored.Canonical), ApiJson.Options, ct);
    }

    /// <summary>Names a stored revision in the answer's headers (ETag, Location); returns the status its outcome answers with.</summary>
    public static int NameStored(HttpContext http, SubmissionResult.Stored stored)
    {
        http.Response.Headers.ETag = stored.Revision.ETag;
        http.Response.Headers.Location = Locations.Report(stored.Revision.TownshipCode, stored.Revision.Year);
        return stored.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK;
    }

    /// <summary>The problem a submission that stored nothing answers with; null when it stored (or found) a revision.</summary>
    public static ProblemResponse? ProblemOf(HttpContext http, SubmissionResult result) => result switch
    {
        SubmissionResult.Malformed malformed => ProblemResponses.Create(http, StatusCodes.Status400BadRequest, ProblemTypes.MalformedReport,
            "The report is malformed", ProblemResponses.Summarise(malformed.ErrorCount),
            [.. malformed.Errors.Select(ProblemResponses.FromDomain)], malformed.ErrorCount),
        SubmissionResult.Forbidden forbidden => ProblemResponses.Create(http, StatusCodes.Status403Forbidden, ProblemTypes.Forbidden,
            "Forbidden", forbidden.Detail),
        SubmissionResult.Rejected rejected => ProblemResponses.Create(http, StatusCodes.Status422UnprocessableEntity, ProblemTypes.UnprocessableReport,
            "The report cannot be accepted", ProblemResponses.Summarise(rejected.Rejections.Count),
            [.. rejected.Rejections.Select(ProblemResponses.FromDomain)]),
        SubmissionResult.PreconditionFailed failed => ProblemResponses.Create(http, StatusCodes.Status412PreconditionFailed,
            ProblemTypes.PreconditionFailed, "Precondition failed",
            $"If-Match {IfMatch.Of(http.Request)} does not match the current revision of {failed.TownshipCode}/{failed.Year}"
            + (failed.Current is { } current ? $" ({current.ETag})." : " (there is none).")),
        SubmissionResult.Locked locked => ProblemResponses.Create(http, StatusCodes.Status409Conflict, ProblemTypes.ReportLocked, "The report is locked",
            $"Township {locked.Current.TownshipCode}'s report for {locked.Current.Year} is locked since {UtcTimestampConverter.Write(locked.Since)}, " +
            $"when the county accepted revision {locked.Current.Revision}; nothing was stored. The county must unlock it " +
            $"(POST {Locations.Report(locked.Current.TownshipCode, locked.Current.Year)}/reviews with decision unlocked) before a new revision can be stored."),
        _ => null,
    };

    /// <summary>The problems every write of a report may answer with, described once for the OpenAPI document.</summary>
    public static void DescribeProblems(FastEndpoints.EndpointSummary s)
    {
        s.Responses[400] = "The body is not a report in the contract (every problem, each with a JSON Pointer and a code), or, for PUT, its townshipCode or year differ from the path.";
        s.Responses[401] = "No key, or an unknown one, in X-Api-Key.";
        s.Responses[403] = "The key may not submit this township's reports.";
        s.Responses[409] = "/problems/report-locked: the county accepted the report, which is locked (since when is said) until the county unlocks it; nothing was stored.";
        s.Responses[412] = "If-Match does not name the current revision.";
        s.Responses[413] = "The body is larger than the limit (Limits:MaxBodyBytes).";
        s.Responses[415] = "The body is not sent as application/json in UTF-8 (no charset, or charset=utf-8), without Content-Encoding.";
        s.Responses[422] = "Unknown township, impossible year, or identities broken and not acknowledged.";
        s.Responses[429] = "This township key has used its requests for the minute (Security:PermitsPerMinute); Retry-After says when to try again.";
        s.Responses[507] = "/problems/insufficient-storage: the disk that holds the database is full; nothing was stored. Try again once space has been freed.";
    }
}
