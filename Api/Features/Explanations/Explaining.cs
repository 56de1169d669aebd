using Disclosure.Api.Features.Explanations.Explain;
using Disclosure.Api.Reads;
using Disclosure.Api.Security;
using Disclosure.Domain.Reviews;
using Disclosure.Persistence;
using Disclosure.Persistence.Explanations;
using Disclosure.Persistence.Reviews;

namespace Disclosure.Api.Features.Explanations;

/// <summary>
/// A township explains a finding of its report's current revision. The finding must be one <see cref="ReportFindings"/>
/// lists; the store keeps the explanation only while that revision is still the current one, and a new revision that
/// slipped in between is checked afresh.
/// </summary>
public sealed class Explaining(ReportStore reports, ReviewStore reviews, ExplanationStore explanations, ReportFindings findings,
    DataVersion dataVersion, TimeProvider clock)
{
    /// <summary>How often a new revision arriving between the check and the write is tolerated before giving up.</summary>
    private const int Attempts = 3;

    public async Task<ExplainResult> ExplainAsync(string townshipCode, int year, ExplanationOfFinding explanation, Caller caller, CancellationToken ct)
    {
        if (!caller.MaySubmitFor(townshipCode))
            return new ExplainResult.Forbidden($"This key may explain only township {caller.TownshipCode}'s reports, not {townshipCode}'s.");

        for (var attempt = 1; ; attempt++)
        {
            if (await reviews.GetAsync(townshipCode, year, ct) is not { } review
                || await reports.GetAsync(townshipCode, year, cancellationToken: ct) is not { } current)
                return new ExplainResult.NotFound();
            if (review.State == ReviewState.Withdrawn)
                return new ExplainResult.Withdrawn();
            var listed = (await findings.OfAsync(current, ct)).All;
            if (!listed.Any(f => f.Is(explanation.Code, explanation.Pointer)))
                return new ExplainResult.UnknownFinding(current.Revision, explanation.Code, explanation.Pointer, listed);

            var at = clock.GetUtcNow();
            var (outcome, revision) = await explanations.AddAsync(new ExplanationRequest(townshipCode, year, current.Revision,
                explanation.Code, explanation.Pointer, explanation.Text, caller.KeyId, at), ct);
            switch (outcome)
            {
                case ExplainOutcome.Done:
                    dataVersion.Advance();
                    return new ExplainResult.Done(new Explanation(current.Revision, explanation.Code, explanation.Pointer, explanation.Text,
                        at, caller.KeyId, Superseded: false));
                case ExplainOutcome.Withdrawn:
                    return new ExplainResult.Withdrawn();
                case ExplainOutcome.NotFound:
                    return new ExplainResult.NotFound();
                case ExplainOutcome.StaleRevision when attempt < Attempts:
                    continue;
                default:
                    return new ExplainResult.Stale(revision!.Value);
            }
        }
    }
}
