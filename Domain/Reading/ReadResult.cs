using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;

namespace Disclosure.Domain.Reading;

/// <summary>A report read from the contract JSON, or every problem that kept it from being read.</summary>
public sealed record ReadResult(Report? Report, IReadOnlyList<Problem> Errors)
{
    public bool Succeeded => Report is not null;
}
