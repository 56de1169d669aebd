namespace Disclosure.Domain.Changes;

/// <summary>
/// What differs between two reports of a township: <see cref="Cells"/> lists every figure that changed and every figure
/// only one report has, in printed order (table by table). <see cref="Compared"/> figures are in both, and
/// <see cref="Unchanged"/> of them are equal.
/// </summary>
public sealed record ReportChanges(int Compared, int Unchanged, IReadOnlyList<ChangedCell> Cells)
{
    public int Changed => Compared - Unchanged;

    /// <summary>Figures only the earlier report has: cells of a format or layout the later one does not print, figures it does not state.</summary>
    public int FromOnly => Cells.Count(c => c.PresentIn == PresentIn.From);

    /// <summary>Figures only the later report has.</summary>
    public int ToOnly => Cells.Count(c => c.PresentIn == PresentIn.To);
}
