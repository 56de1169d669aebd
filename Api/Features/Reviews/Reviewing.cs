using Disclosure.Api.Reads;
using Disclosure.Api.Security;
using Disclosure.Domain.Reviews;
using Disclosure.Persistence;
using Disclosure.Persistence.Reviews;

namespace Disclosure.Api.Features.Reviews;

/// <summary>
/// The county's review of a report: accept, return, unlock (<see cref="DecideAsync"/>) and withdraw
/// (<see cref="WithdrawAsync"/>). The checks here answer precisely; the store makes them again in the write
/// transaction, so a new revision that slips in between makes the decision stale rather than apply to it.
/// </summary>
public sealed class Reviewing(ReportStore reports, ReviewStore reviews, ReviewAnswers answers, DataVersion dataVersion, TimeProvider clock)
{
    public async Task<DecisionResult> DecideAsync(string townshipCode, int year, Decide.ReviewDecision decision, Caller caller, CancellationToken ct)
    {
        if (await reports.GetAsync(townshipCode, year, cancellationToken: ct) is not { } current
            || await reviews.GetAsync(townshipCode, year, ct) is not { } review)
            return new DecisionResult.NotFound();
        if (current.Revision != decision.Revision)
            return new DecisionResult.Stale(decision.Revision, current.Revision);
        if (ReviewRules.After(review.State, decision.Action) is null)
            return new DecisionResult.NotAllowed(review.State, decision.Action);

        var overrode = false;
        if (decision.Action == ReviewAction.Accepted)
        {
            var unexplained = (await answers.OfAsync(current, ct)).Unexplained;
            if (unexplained.Count > 0 && !decision.Override)
                return new DecisionResult.NeedsOverride(current.Revision, unexplained);
            // An override is recorded only when it overrode something.
            overrode = unexplained.Count > 0;
        }
        return await ApplyAsync(current, new ReviewRequest(townshipCode, year, decision.Revision, decision.Action, decision.Reason, overrode,
            caller.KeyId, clock.GetUtcNow()), ct);
    }

    /// <summary>Withdraws a report filed in error: revision <paramref name="revision"/>, or whichever is current when null.</summary>
    public async Task<DecisionResult> WithdrawAsync(string townshipCode, int year, string reason, int? revision, Caller caller, CancellationToken ct)
    {
        if (await reports.GetAsync(townshipCode, year, cancellationToken: ct) is not { } current
            || await reviews.GetAsync(townshipCode, year, ct) is not { } review)
            return new DecisionResult.NotFound();
        if (revision is { } named && named != current.Revision)
            return new DecisionResult.Stale(named, current.Revision);
        if (ReviewRules.After(review.State, ReviewAction.Withdrawn) is null)
            return new DecisionResult.NotAllowed(review.State, ReviewAction.Withdrawn);
        return await ApplyAsync(current, new ReviewRequest(townshipCode, year, current.Revision, ReviewAction.Withdrawn, reason, false,
            caller.KeyId, clock.GetUtcNow()), ct);
    }

    private async Task<DecisionResult> ApplyAsync(StoredRevision current, ReviewRequest request, CancellationToken ct)
    {
        var result = await reviews.ReviewAsync(request, ct);
        switch (result.Outcome)
        {
            case ReviewOutcome.Done:
                // Rollups by state, listings and completeness answer differently now.
                dataVersion.Advance();
                return new DecisionResult.Done(current, await answers.OfAsync(current, ct));
            case ReviewOutcome.StaleRevision:
                return new DecisionResult.Stale(request.Revision, result.CurrentRevision!.Value);
            case ReviewOutcome.NotAllowed:
                return new DecisionResult.NotAllowed(result.State!.Value, request.Action);
            default:
                return new DecisionResult.NotFound();
        }
    }
}
