namespace Disclosure.Domain.Reports;

public sealed record Narrative(string? Problems, string? OtherMatters);
