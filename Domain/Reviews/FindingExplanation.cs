namespace Disclosure.Domain.Reviews;

/// <summary>A township's explanation in force for a finding of the revision it was given on, named by the finding's code and pointer.</summary>
public sealed record FindingExplanation(string Code, string Pointer, string Text);
