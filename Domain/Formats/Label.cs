namespace Disclosure.Domain.Formats;

/// <summary>A caption in the national format's Chinese wording and in English.</summary>
public sealed record Label(string Zh, string En);
