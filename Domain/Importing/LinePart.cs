namespace Disclosure.Domain.Importing;

/// <summary>A cell of a printed line: as printed, normalised, where it stood (PDF), and whether it is a copy of a merged cell.</summary>
internal sealed record LinePart(string Printed, string Normalised, double? X, bool SpannedCopy = false);
