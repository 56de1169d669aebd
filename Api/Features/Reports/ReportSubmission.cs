using Disclosure.Api.Features.Explanations;
using Disclosure.Api.Features.Quality;
using Disclosure.Api.Features.Reviews;
using Disclosure.Api.Reads;
using Disclosure.Api.Security;
using Disclosure.Domain.Reading;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;
using Disclosure.Persistence;
using Disclosure.Persistence.Quality;

namespace Disclosure.Api.Features.Reports;

/// <summary>
/// The one path every submission takes, for POST, PUT, imports and the dry run alike: read the body strictly, check
/// it against the format and the registry, then store it. It answers with a <see cref="SubmissionResult"/>, never with
/// HTTP: <see cref="Http.SubmissionResponses"/> turns that into the answer.
/// </summary>
public sealed class ReportSubmission(
    ReportStore store, QualityStore quality, DivisionRegistry registry, DataVersion dataVersion, TimeProvider clock, ReviewAnswers reviews,
    ReportOutliers outliers)
{
    /// <summary>Reads and checks a body. Malformed input yields <see cref="Checked.Malformed"/>; nothing is stored.</summary>
    public async Task<Checked> CheckAsync(byte[] body, CancellationToken ct)
    {
        var read = ReportReader.Read(body);
        if (read.Report is not { } report)
            return new Checked(null, null, read.Errors, read.ErrorCount);
        return Check(report, await store.GetCurrentReportAsync(report.TownshipCode, report.Year - 1, ct));
    }

    private Checked Check(Report report, Report? previousYear) =>
        new(report, SubmissionChecks.Evaluate(report, registry, previousYear, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), [], 0);

    /// <summary>
    /// Checks a report's JSON and stores it as <paramref name="caller"/>'s submission: the next revision of its township
    /// and year, or nothing when it is malformed, forbidden, rejected, not the revision <paramref name="expected"/>
    /// (when given), or identical to the current revision. A revision stored or found comes with the report's review.
    /// </summary>
    public async Task<SubmissionResult> SubmitAsync(byte[] body, Caller caller, NaturalKey? addressedAs, ExpectedRevision? expected, CancellationToken ct)
    {
        var read = ReportReader.Read(body);
        if (read.Report is not { } report)
            return new SubmissionResult.Malformed(read.Errors, read.ErrorCount);

        // The answer shows the report's outliers, which compare it with the year before and with its county: read before
        // the write, with the year before that the checks need, in one read rather than one before and one after.
        var before = await quality.ReadBasisBeforeStoringAsync(report.TownshipCode, report.Year, ct);
        var result = await SubmitAsync(Check(report, before.PreviousYear), caller, addressedAs, expected, ct);
        if (result is not SubmissionResult.Stored stored)
            return result;
        var found = ReportFindings.Of(stored.Revision, outliers.OfJustStored(stored.Revision.Report, before));
        var review = stored.Created && stored.Revision.Revision == 1
            ? ReviewAnswers.OfNewReport(stored.Revision, found)
            : await reviews.OfAsync(stored.Revision, found, ct);
        return stored with { Review = review };
    }

    /// <summary>Stores a body already checked by <see cref="CheckAsync"/>, as <see cref="SubmitAsync(byte[], Caller, NaturalKey?, ExpectedRevision?, CancellationToken)"/> would, without the review.</summary>
    public async Task<SubmissionResult> SubmitAsync(Checked check, Caller caller, NaturalKey? addressedAs, ExpectedRevision? expected, CancellationToken ct)
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
        var result = await store.SubmitAsync(submission, expected, ct);

        if (result.Outcome == SubmitOutcome.PreconditionFailed)
            return new SubmissionResult.PreconditionFailed(report.TownshipCode, report.Year, result.Current);

        if (result.Outcome == SubmitOutcome.Locked)
            return new SubmissionResult.Locked(result.Current!, result.LockedSince!.Value);

        if (result.Outcome is SubmitOutcome.Created or SubmitOutcome.Revised)
            dataVersion.Advance();
        var stored = result.Current!;
        // The same content hash means the same canonical bytes: an unchanged revision answers with them too.
        return new SubmissionResult.Stored(stored, result.Outcome,
            stored.ContentHash == submission.ContentHash ? new ReportBody(canonical) : null);
    }

    /// <summary>A checked body: the report and its outcome, or the first malformations found and how many there are in all.</summary>
    public sealed record Checked(Report? Report, SubmissionOutcome? Outcome, IReadOnlyList<Problem> Malformed, int MalformedCount)
    {
        /// <summary>Why POST would refuse the report: its malformations, or, once it was read, its rejections (none when it would store it).</summary>
        public IReadOnlyList<Problem> Errors => Outcome?.Rejections ?? Malformed;

        /// <summary>How many <see cref="Errors"/> there are in all (of malformations, only the first are listed).</summary>
        public int ErrorCount => Outcome is null ? MalformedCount : Outcome.Rejections.Count;

        /// <summary>The year-to-year warnings of a report read (none of a malformed one).</summary>
        public IReadOnlyList<Warning> Warnings => Outcome?.Warnings ?? [];
    }
}
