namespace Disclosure.Domain.Importing;

/// <summary>What one printed cell holds: a figure in the cell's unit (分 for amounts), a blank, or a problem.</summary>
internal readonly record struct ReadFigure(long? Value, bool Blank, bool FromYuan, string? ProblemCode, string? ProblemDetail);
