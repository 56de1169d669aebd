namespace Disclosure.Domain.Formats;

/// <summary>A key domain (重点领域) of proactive disclosure that a report counts items in.</summary>
public sealed record KeyDomain(string Id, string LabelZh, string LabelEn);
