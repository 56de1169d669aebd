using Disclosure.Api.Problems;
using Disclosure.Domain.Validation;

namespace Disclosure.Api.Features.Reports.Validate;

/// <summary>The verdict of a dry run.</summary>
public sealed class ValidationResponse
{
    public required bool Valid { get; init; }

    /// <summary>Everything that would refuse the report, malformed members and broken identities alike; at most the first 100.</summary>
    public required IReadOnlyList<ProblemError> Errors { get; init; }

    /// <summary>How many problems were found in all, when that is more than <see cref="Errors"/> lists.</summary>
    public int? ErrorCount { get; init; }

    public required IReadOnlyList<Warning> Warnings { get; init; }
}
