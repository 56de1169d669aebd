using Disclosure.Api.Features.Reports;
using Disclosure.Domain.Registry;

namespace Disclosure.Api.Features.Imports;

/// <summary>What importing one document came to; <see cref="Http.ImportResponses"/> and the command line each turn it into their answer.</summary>
public abstract record ImportResult
{
    private ImportResult() { }

    /// <summary>Not a document of a kind the service reads (answered 415).</summary>
    public sealed record Unsupported(string Detail) : ImportResult;

    /// <summary>A document of a supported kind that cannot be read: corrupt, encrypted, without a text layer, too large.</summary>
    public sealed record Unreadable(string Code, string Detail) : ImportResult;

    /// <summary>The national tables, or some of their rows, are not in the document: each part not found.</summary>
    public sealed record Unrecognised(IReadOnlyList<(string Code, string Detail)> Missing) : ImportResult;

    /// <summary>The township or the year is neither given nor named by the document, or its name matches no township or several.</summary>
    public sealed record NotIdentified(string Code, string Detail, IReadOnlyList<Division> Candidates) : ImportResult;

    /// <summary>
    /// The document was read: its <see cref="Answer"/>; with <c>store=true</c> also what the submission came to
    /// (<see cref="Submission"/>, null on a dry run or when the report could not be read completely).
    /// </summary>
    public sealed record Read(ImportAnswer Answer, SubmissionResult? Submission) : ImportResult;
}
