namespace Disclosure.Domain.Reports;

/// <summary>Items published in one key domain (重点领域); <see cref="Label"/> keeps the report's own wording.</summary>
public sealed record KeyDomainItems(string Domain, long Items, string? Label);
