namespace Disclosure.Domain.Formats;

/// <summary>A term of a year-over-year rule: a cell of this year's report or of the previous year's.</summary>
public readonly record struct YearTerm(string Pointer, int Sign, bool PreviousYear);
