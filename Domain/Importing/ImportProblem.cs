namespace Disclosure.Domain.Importing;

/// <summary>A cell or row that could not be read; its figure is left out, never guessed.</summary>
public sealed record ImportProblem(string Code, string Pointer, string Table, string Row, string Column, string Text, string Detail);
