namespace Disclosure.Domain.Importing;

/// <summary>Something the importer did that a person checking the import should know (a code of <see cref="ImportCodes"/>).</summary>
public sealed record ImportNote(string Code, string? Pointer, string Message);
