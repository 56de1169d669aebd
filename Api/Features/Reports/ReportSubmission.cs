using Disclosure.Persistence;
using Disclosure.Api.Features.Reads;
using Disclosure.Api.Features.Reviews;
using Disclosure.Api.Problems;
using Disclosure.Api.Security;
using Disclosure.Domain.Reading;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;

namespace Disclosure.Api.Features.Reports;

/// <summary>
/// The one path every submission takes, for POST, PUT and the dry run alike:
/// read the body strictly, check it against the format and the registry, then store it.
/// </summary>
public sealed class ReportSubmission(ReportStore store, DivisionRegistry registry, DataVersion dataVersion, TimeProvider clock, ReviewAnswers reviews)
{
    /// <summary>Reads and checks a body. Malformed input yields <see cref="Checked.Malformed"/>; nothing is stored.</summary>
    public async Task<Checked> CheckAsync(byte[] body, CancellationToken ct)
    {
        var read = ReportReader.Read(body);
        if (read.Report is not { } report)
            return new Checked(null, null, read.Errors, read.ErrorCount);

        var previousYear = await store.GetCurrentReportAsync(report.TownshipCode, report.Year - 1, ct);
        var outcome = SubmissionChecks.Evaluate(report, registry, previousYear, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return new Checked(report, outcome, [], 0);
    }

    /// <summary>
    /// Checks a body and stores it as <paramref name="caller"/>'s submission: the next revision of its township and
    /// year, or nothing when it is malformed, forbidden, rejected, not what <paramref name="ifMatch"/> expects, or
    /// identical to the current revision.
    /// </summary>
    public async Task<SubmissionResult> SubmitAsync(byte[] body, Caller caller, NaturalKey? addressedAs, string? ifMatch, CancellationToken ct) =>
        await SubmitAsync(await CheckAsync(body, ct), caller, addressedAs, ifMatch, ct);

    /// <summary>Stores a body already checked by <see cref="CheckAsync"/>, as <see cref="SubmitAsync(byte[], Caller, NaturalKey?, string?, CancellationToken)"/> would.</summary>
    public async Task<SubmissionResult> SubmitAsync(Checked check, Caller caller, NaturalKey? addressedAs, string? ifMatch, CancellationToken ct)
    {
        if (check.MalformedCount > 0)
            return new SubmissionResult.Malformed(check.Malformed, check.MalformedCount);

        var (report, outcome) = (check.Report!, check.Outcome!);
        if (addressedAs is { } key && key.Mismatches(report) is { Count: > 0 } mismatches)
            return new SubmissionResult.Malformed(mismatches, mismatches.Count);
        if (!caller.MaySubmitFor(report.TownshipCode))
            return new SubmissionResult.Forbidden($"This key may submit only township {caller.TownshipCode}'s reports, not {report.TownshipCode}'s.");
        if (!outcome.Accepted)
            return new SubmissionResult.Rejected(outcome.Rejections);

        // The canonical JSON is written once: it is both what the content hash is taken of and the answer's report.
        var canonical = ReportJson.ToUtf8Bytes(report);
        var submission = new Submission(report, outcome.Flagged, outcome.Violations, outcome.Warnings,
            ReportJson.ContentHash(canonical), caller.KeyId, clock.GetUtcNow());
        var result = await store.SubmitAsync(submission, ifMatch, ct);

        if (result.Outcome == SubmitOutcome.PreconditionFailed)
            return new SubmissionResult.PreconditionFailed(
                $"If-Match {ifMatch} does not match the current revision of {report.TownshipCode}/{report.Year}"
                + (result.Current is { } current ? $" ({current.ETag})." : " (there is none)."));

        if (result.Outcome == SubmitOutcome.Locked)
            return new SubmissionResult.Locked(result.Current!, result.LockedSince!.Value);

        if (result.Outcome is SubmitOutcome.Created or SubmitOutcome.Revised)
            dataVersion.Advance();
        var stored = result.Current!;
        // The same content hash means the same canonical bytes: an unchanged revision answers with them too.
        return new SubmissionResult.Stored(stored, result.Outcome,
            stored.ContentHash == submission.ContentHash ? new ReportBody(canonical) : null);
    }

    /// <summary>Handles a whole write of a JSON report: reads the body, submits it, answers with the result.</summary>
    public async Task SubmitAsync(HttpContext http, NaturalKey? addressedAs, CancellationToken ct)
    {
        if (await RequestBody.ReadJsonAsync(http, ct) is not { } body)
            return;
        var ifMatch = http.Request.Headers.IfMatch.ToString() is { Length: > 0 } header ? header : null;
        var result = await SubmitAsync(body, Caller.From(http.User), addressedAs, ifMatch, ct);
        await SendAsync(http, result, ct);
    }

    /// <summary>The one place a submission's result becomes HTTP: the stored report, or a problem.</summary>
    public async Task SendAsync(HttpContext http, SubmissionResult result, CancellationToken ct)
    {
        if (ProblemOf(http, result) is { } problem)
        {
            await ProblemResponses.SendAsync(http, problem, ct);
            return;
        }
        var stored = (SubmissionResult.Stored)result;
        http.Response.StatusCode = NameStored(http, stored);
        var review = stored.Created && stored.Revision.Revision == 1
            ? await reviews.OfNewReportAsync(stored.Revision, ct)
            : await reviews.OfAsync(stored.Revision, ct);
        http.Response.Headers.ETag = review.ETagOf(stored.Revision);
        await http.Response.WriteAsJsonAsync(StoredReportResponse.From(stored.Revision, registry, review.Response, stored.Canonical), ApiJson.Options, ct);
    }

    /// <summary>Names a stored revision in the answer's headers (ETag, Location); returns the status its outcome answers with.</summary>
    public static int NameStored(HttpContext http, SubmissionResult.Stored stored)
    {
        http.Response.Headers.ETag = stored.Revision.ETag;
        http.Response.Headers.Location = ReportLocation(stored.Revision.TownshipCode, stored.Revision.Year);
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
            ProblemTypes.PreconditionFailed, "Precondition failed", failed.Detail),
        SubmissionResult.Locked locked => ProblemResponses.Create(http, StatusCodes.Status409Conflict, ProblemTypes.ReportLocked, "The report is locked",
            $"Township {locked.Current.TownshipCode}'s report for {locked.Current.Year} is locked since {UtcTimestampConverter.Write(locked.Since)}, " +
            $"when the county accepted revision {locked.Current.Revision}; nothing was stored. The county must unlock it " +
            $"(POST {ReportLocation(locked.Current.TownshipCode, locked.Current.Year)}/reviews with decision unlocked) before a new revision can be stored."),
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

    public static string ReportLocation(string townshipCode, int year) => $"/api/v1/townships/{townshipCode}/reports/{year}";

    /// <summary>A checked body: the report and its outcome, or the first malformations found and how many there are in all.</summary>
    public sealed record Checked(Report? Report, SubmissionOutcome? Outcome, IReadOnlyList<Problem> Malformed, int MalformedCount);
}

/// <summary>A report's natural key, as addressed by <c>PUT /townships/{code}/reports/{year}</c>.</summary>
public sealed record NaturalKey(string TownshipCode, int Year)
{
    public IReadOnlyList<Problem> Mismatches(Report report)
    {
        var problems = new List<Problem>();
        if (report.TownshipCode != TownshipCode)
            problems.Add(new Problem("/townshipCode", "does-not-match-path", $"The body's townshipCode {report.TownshipCode} differs from the path's {TownshipCode}."));
        if (report.Year != Year)
            problems.Add(new Problem("/year", "does-not-match-path", $"The body's year {report.Year} differs from the path's {Year}."));
        return problems;
    }
}
