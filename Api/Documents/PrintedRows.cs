using Disclosure.Domain.Importing;

namespace Disclosure.Api.Documents;

/// <summary>
/// The rows a web page or a Word file is read into, within the limits every document is read to: at most
/// <see cref="DocumentLimits.MaxRows"/> rows, <see cref="DocumentLimits.MaxTables"/> tables and
/// <see cref="DocumentLimits.MaxCells"/> cells of expanded tables. Past one, the document is refused, named in the
/// refusal as <paramref name="document"/> ("The page", "The Word file").
/// </summary>
internal sealed class PrintedRows(DocumentLimits limits, string document)
{
    private readonly List<PrintedRow> _rows = [];
    private readonly TableGrid _grid = new(limits);
    private int _tables;

    public IReadOnlyList<PrintedRow> Rows => _rows;

    public void Add(PrintedRow row)
    {
        if (_rows.Count == limits.MaxRows)
            throw new DocumentRefusedException(DocumentRefusals.DocumentTooLarge,
                $"{document} has more than {limits.MaxRows:N0} paragraphs and table rows; a report has far fewer.");
        _rows.Add(row);
    }

    /// <summary>Counts a table the document holds; answers its number (from 1).</summary>
    public int NextTable()
    {
        if (++_tables > limits.MaxTables)
            throw new DocumentRefusedException(DocumentRefusals.TooManyTables,
                $"{document} has more than {limits.MaxTables:N0} tables; a report has far fewer.");
        return _tables;
    }

    /// <summary>Table <paramref name="number"/>'s rows as a full grid, its merged cells expanded (see <see cref="TableGrid"/>).</summary>
    public List<List<PrintedCell>> Expand(int number, IReadOnlyList<IReadOnlyList<SourceCell>> source) =>
        _grid.Expand(source) ?? throw new DocumentRefusedException(DocumentRefusals.TooManyTables,
            $"{document}'s tables hold more than {limits.MaxCells:N0} cells (merged cells counted in every place they cover), reached in table {number}.");
}
