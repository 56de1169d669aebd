using Disclosure.Domain.Reviews;
using Disclosure.Persistence.Explanations;

namespace Disclosure.Api.Features.Explanations;

/// <summary>What an explanation came to; <see cref="Http.ExplanationResponses"/> turns it into HTTP in one place.</summary>
public abstract record ExplainResult
{
    private ExplainResult() { }

    /// <summary>Kept.</summary>
    public sealed record Done(Explanation Explanation) : ExplainResult;

    /// <summary>The key may not explain this township's reports.</summary>
    public sealed record Forbidden(string Detail) : ExplainResult;

    /// <summary>The township has no report for the year.</summary>
    public sealed record NotFound : ExplainResult;

    /// <summary>The report is withdrawn: nothing to explain.</summary>
    public sealed record Withdrawn : ExplainResult;

    /// <summary>New revisions kept arriving while the explanation was checked: nothing was kept.</summary>
    public sealed record Stale(int Current) : ExplainResult;

    /// <summary><see cref="Code"/> and <see cref="Pointer"/> name none of the current revision's <see cref="Findings"/>.</summary>
    public sealed record UnknownFinding(int Revision, string Code, string Pointer, IReadOnlyList<Finding> Findings) : ExplainResult;
}
