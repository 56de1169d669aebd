namespace Disclosure.Domain.Reports;

/// <summary>Figures stated in the narrative sections.</summary>
public sealed record Publications(long? PolicyInterpretations, IReadOnlyList<KeyDomainItems> KeyDomains);
