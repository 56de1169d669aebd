namespace Disclosure.Domain.Formats;

public readonly record struct Term(Cell Cell, int Sign);
