using Disclosure.Domain.Changes;
using Disclosure.Domain.Reviews;
using Disclosure.Persistence;
using Disclosure.Persistence.Reviews;

namespace Disclosure.Api.Features.Reports.Changes;

/// <summary>
/// Finds the two reports a request names and compares them: <c>to</c> (the current revision by default) and either
/// <c>from</c> (the revision before <c>to</c> by default) or, with <c>against=previousYear</c>, the township's current
/// report for the year before.
/// </summary>
public sealed class ChangesQuery(ReportStore store, ReviewStore reviews)
{
    public async Task<ChangesResult> FindAsync(Request request, CancellationToken ct)
    {
        var (code, year) = (request.Code, request.Year);
        var to = await store.GetAsync(code, year, request.To, ct);
        if (to is null)
        {
            return request.To is not { } asked || await store.GetAsync(code, year, null, ct) is null
                ? NoReport(code, year)
                : NoRevision("to", code, year, asked);
        }

        StoredRevision? from;
        if (request.AgainstPreviousYear)
        {
            from = await store.GetAsync(code, year - 1, null, ct);
            // A withdrawn report counts nowhere: it is no previous year, as if it had never been filed.
            if (from is null || await reviews.GetAsync(code, year - 1, ct) is not { } review || !ReviewRules.Counts(review.State))
                return new ChangesResult.NotFound("against", "no-previous-year",
                    $"There is no report of township {code} for {year - 1} to compare its report for {year} with.");
        }
        else
        {
            var revision = request.From ?? to.Revision - 1;
            if (revision < 1)
                return new ChangesResult.NotFound("from", "no-earlier-revision",
                    $"Revision {to.Revision} is the first of the report of township {code} for {year}: there is no earlier revision to compare it with. " +
                    "Name another with to, or compare with the year before with against=previousYear.");
            from = await store.GetAsync(code, year, revision, ct);
            if (from is null)
                return NoRevision("from", code, year, revision);
        }

        return new ChangesResult.Compared(from, to, ReportComparer.Compare(from.Report, to.Report));
    }

    private static ChangesResult.NotFound NoReport(string code, int year) =>
        new(null, "no-such-report", $"There is no report of township {code} for {year}.");

    private static ChangesResult.NotFound NoRevision(string parameter, string code, int year, int revision) =>
        new(parameter, "no-such-revision",
            $"The report of township {code} for {year} has no revision {revision}; GET /api/v1/townships/{code}/reports/{year}/revisions lists them.");
}
