using Disclosure.Domain.Reviews;
using Disclosure.Domain.Validation;

namespace Disclosure.Api.Features.Explanations;

/// <summary>A revision's findings, and the outliers among them as read (null for an older revision, which has none).</summary>
public sealed record RevisionFindings(IReadOnlyList<Finding> All, IReadOnlyList<Warning>? Outliers);
