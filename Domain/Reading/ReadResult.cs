using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;

namespace Disclosure.Domain.Reading;

/// <summary>
/// A report read from the contract JSON, or the problems that kept it from being read: the first
/// <see cref="ReadLimits.MaxProblemsListed"/> in <see cref="Errors"/>, and how many in all in <see cref="ErrorCount"/>.
/// </summary>
public sealed record ReadResult(Report? Report, IReadOnlyList<Problem> Errors, int ErrorCount);
