namespace Disclosure.Persistence;

/// <summary>One page of current reports: at most the limit asked for, whether more follow it, and how many match over all pages.</summary>
public sealed record CurrentReportsPage(IReadOnlyList<CurrentReport> Reports, bool More, long Total);
