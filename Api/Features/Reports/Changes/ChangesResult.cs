using Disclosure.Domain.Changes;
using Disclosure.Persistence;

namespace Disclosure.Api.Features.Reports.Changes;

/// <summary>What asking for the changes between two reports came to; the endpoint turns it into HTTP.</summary>
public abstract record ChangesResult
{
    private ChangesResult() { }

    /// <summary>Both reports were found and compared.</summary>
    public sealed record Compared(StoredRevision From, StoredRevision To, ReportChanges Changes) : ChangesResult;

    /// <summary>
    /// A report or revision asked for is not stored: <see cref="Parameter"/> names the parameter that asked for it
    /// (null for the report the path names), <see cref="Code"/> says which (no-such-report, no-such-revision, no-earlier-revision, no-previous-year).
    /// </summary>
    public sealed record NotFound(string? Parameter, string Code, string Detail) : ChangesResult;
}
