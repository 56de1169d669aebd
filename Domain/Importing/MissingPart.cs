namespace Disclosure.Domain.Importing;

/// <summary>A table (<see cref="Row"/> null) or a row of one that was not found in the document.</summary>
public sealed record MissingPart(string Table, string? Row, string Detail);
