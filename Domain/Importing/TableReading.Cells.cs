using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Importing;

internal sealed partial class TableReading
{
    private void ReadProactive(ReportLayout layout, List<FoundRow> found)
    {
        var blocks = layout.Tables.Where(t => t.Section == ProactiveTables.Section).ToList();
        if (found.Count == 0)
        {
            _notFound.Add(new MissingPart(LabelCatalogue.Proactive, null, $"Table 二 ({ProactiveHeading}) was not found."));
            return;
        }
        foreach (var block in blocks)
        foreach (var row in block.Rows)
        {
            var printed = Single(found, row, ProactiveTables.Section, LabelCatalogue.Proactive);
            if (printed is null) continue;
            NoteVariant(printed, row, ProactiveTables.Section);
            var columns = ColumnsOf(printed, block, row);
            if (columns is null) continue;
            var centres = printed.HasGeometry ? CentresUnder(printed.Header, found, columns.Count) : null;
            var cells = ColumnAligner.Align(printed.Values, columns.Count, printed.HasGeometry, centres, out var why);
            if (cells is null)
            {
                RowProblem(LabelCatalogue.Proactive, ProactiveTables.Section, row, printed, why);
                continue;
            }
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i] is not { } column) continue;
                ReadCell(LabelCatalogue.Proactive, ProactiveTables.Section, row, column, printed.PrintedLabel, cells[i],
                    printed.Header is { } header && header[i].InYuan);
            }
        }
    }

    /// <summary>
    /// Where a PDF block's columns stand: learned from its rows that print every column, else from its header's labels.
    /// </summary>
    private static List<double>? CentresUnder(IReadOnlyList<HeaderColumn>? header, List<FoundRow> found, int columns)
    {
        var full = found.Where(r => r.Header == header && r.Values.Count == columns && r.Values.All(v => v.X is not null)).ToList();
        if (full.Count > 0) return [.. Enumerable.Range(0, columns).Select(i => full.Average(r => r.Values[i].X!.Value))];
        return header is not null && header.All(h => h.X is not null) ? [.. header.Select(h => h.X!.Value)] : null;
    }

    /// <summary>The format's column for each printed column of the row's block, by the header's labels; by position when the block has no header.</summary>
    private List<TableColumn?>? ColumnsOf(FoundRow printed, Table block, TableRow row)
    {
        if (printed.Header is not { Count: > 0 } header)
        {
            _notes.Add(new ImportNote(ImportCodes.ColumnsByPosition, $"/{ProactiveTables.Section}/{row.Path}",
                $"Row \"{printed.PrintedLabel}\" has no header row naming its columns; its cells were read as {string.Join("、", block.Columns.Select(c => c.Label.Zh))}."));
            return [.. block.Columns];
        }
        var columns = new List<TableColumn?>();
        foreach (var printedColumn in header)
        {
            var core = ColumnCore(printedColumn.Normalised);
            var column = block.Columns.FirstOrDefault(c => ColumnCore(c.Label.Zh) == core)
                ?? block.Columns.SingleOrDefault(c => core.Length >= 4 && (core.Contains(ColumnCore(c.Label.Zh), StringComparison.Ordinal) || ColumnCore(c.Label.Zh).Contains(core, StringComparison.Ordinal)));
            if (column is null || columns.Contains(column))
            {
                RowProblem(LabelCatalogue.Proactive, ProactiveTables.Section, row, printed,
                    $"its header's column \"{printedColumn.Printed}\" is not a column of the format's block ({string.Join("、", block.Columns.Select(c => c.Label.Zh))}).");
                return null;
            }
            columns.Add(column);
        }
        foreach (var missing in block.Columns.Where(c => !columns.Contains(c)))
            RowProblem(LabelCatalogue.Proactive, ProactiveTables.Section, row, printed, $"its header has no column \"{missing.Label.Zh}\".");
        return columns;
    }

    private void ReadApplications(ReportLayout layout, List<FoundRow> found)
    {
        var table = layout.Tables.Single(t => t.Section == ApplicationTables.Section);
        if (found.Count == 0)
        {
            _notFound.Add(new MissingPart(LabelCatalogue.Applications, null, $"Table 三 ({ApplicationsHeading}) was not found."));
            return;
        }
        // Where a PDF's columns stand, learned from its rows that print every column.
        var full = found.Where(r => r.HasGeometry && r.Values.Count == table.Columns.Count && r.Values.All(v => v.X is not null)).ToList();
        IReadOnlyList<double>? centres = full.Count == 0 ? null
            : [.. Enumerable.Range(0, table.Columns.Count).Select(i => full.Average(r => r.Values[i].X!.Value))];
        foreach (var row in table.Rows)
        {
            var printed = Single(found, row, ApplicationTables.Section, LabelCatalogue.Applications);
            if (printed is null) continue;
            NoteVariant(printed, row, ApplicationTables.Section);
            var cells = ColumnAligner.Align(printed.Values, table.Columns.Count, printed.HasGeometry, centres, out var why);
            if (cells is null)
            {
                RowProblem(LabelCatalogue.Applications, ApplicationTables.Section, row, printed, why);
                continue;
            }
            for (var i = 0; i < table.Columns.Count; i++)
                ReadCell(LabelCatalogue.Applications, ApplicationTables.Section, row, table.Columns[i], printed.PrintedLabel, cells[i], false);
        }
    }

    /// <summary>Table 四 is printed as one row of 15 figures under its headers: 3 groups × 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.</summary>
    private void ReadReview(PrintedLine? printed)
    {
        var table = ReviewLitigationTable.Table;
        if (printed is null)
        {
            _notFound.Add(new MissingPart(LabelCatalogue.ReviewLitigation, null, "Table 四 (政府信息公开行政复议、行政诉讼情况) was not found."));
            return;
        }
        var count = table.Rows.Count * table.Columns.Count;
        var cells = ColumnAligner.Align(printed.Values, count, printed.HasGeometry, null, out var why);
        if (cells is null)
        {
            var text = string.Join(" ", printed.Values.Select(v => PrintedForms.Compact(v.Printed)));
            _problems.Add(new ImportProblem(ImportCodes.UnalignedCells, "/" + table.Section, LabelCatalogue.ReviewLitigation, "", "", text,
                $"The row of table 四 ({printed.Row.Place}) cannot be read: {why}"));
            return;
        }
        for (var r = 0; r < table.Rows.Count; r++)
        for (var c = 0; c < table.Columns.Count; c++)
            ReadCell(LabelCatalogue.ReviewLitigation, table.Section, table.Rows[r], table.Columns[c], table.Rows[r].Label.Zh, cells[r * table.Columns.Count + c], false);
    }

    private FoundRow? Single(List<FoundRow> found, TableRow row, string section, string tableName)
    {
        var matches = found.Where(f => f.Item.Path == row.Path).ToList();
        if (matches.Count == 0)
        {
            _notFound.Add(new MissingPart(tableName, row.Label.Zh, $"Row \"{row.Label.Zh}\" of table {tableName} was not found."));
            return null;
        }
        foreach (var duplicate in matches.Skip(1))
            _problems.Add(new ImportProblem(ImportCodes.DuplicateRow, $"/{section}/{row.Path}", tableName, duplicate.PrintedLabel, "", "",
                $"Row \"{row.Label.Zh}\" is printed more than once: \"{matches[0].PrintedLabel}\" ({matches[0].Place}) and \"{duplicate.PrintedLabel}\" ({duplicate.Place}); the first was read."));
        return matches[0];
    }

    private void NoteVariant(FoundRow printed, TableRow row, string section)
    {
        var defined = LabelCatalogue.ItemOf(row.Label.Zh);
        if (printed.Kind == MatchKind.Exact && PrintedForms.Key(printed.Item.Item) == PrintedForms.Key(defined)) return;
        var how = printed.Kind switch
        {
            MatchKind.Typo => "a misprint",
            MatchKind.Contained => "the label printed with more text",
            _ => "a known variant",
        };
        _notes.Add(new ImportNote(ImportCodes.LabelVariant, $"/{section}/{row.Path}",
            $"The printed label \"{printed.MatchedSegment}\" ({printed.Place}) was read as \"{defined}\" ({row.Label.Zh}): {how}."));
    }

    private void RowProblem(string tableName, string section, TableRow row, FoundRow printed, string why)
    {
        var text = string.Join(" ", printed.Values.Select(v => PrintedForms.Compact(v.Printed)));
        _problems.Add(new ImportProblem(ImportCodes.UnalignedCells, $"/{section}/{row.Path}", tableName, printed.PrintedLabel, "", text,
            $"Row \"{printed.PrintedLabel}\" ({printed.Place}) cannot be read: {why}"));
    }

    private void ReadCell(string tableName, string section, TableRow row, TableColumn column, string printedRow, LinePart? part, bool columnInYuan)
    {
        var pointer = $"/{section}/{row.Path}/{column.Name}";
        var text = part?.Printed ?? "";
        _sources.Add(new CellSource(pointer, tableName, printedRow, column.Label.Zh, text));
        var figure = PrintedNumber.Read(text, column.Kind, columnInYuan && column.Kind == CellKind.AmountFen);
        if (figure.ProblemCode is { } code)
        {
            _problems.Add(new ImportProblem(code, pointer, tableName, printedRow, column.Label.Zh, text,
                $"Row \"{printedRow}\", column \"{column.Label.Zh}\": {figure.ProblemDetail}"));
            return;
        }
        if (figure.Blank)
        {
            if (row.Optional || column.Optional)
            {
                _notes.Add(new ImportNote(ImportCodes.TotalDerived, pointer,
                    $"Row \"{printedRow}\", column \"{column.Label.Zh}\" is blank; the total is derived from the other cells."));
                return;
            }
            _values[pointer] = 0;
            _blanks.Add(pointer);
            return;
        }
        _values[pointer] = figure.Value!.Value;
        if (figure.FromYuan)
            _notes.Add(new ImportNote(ImportCodes.AmountInYuan, pointer,
                $"Row \"{printedRow}\", column \"{column.Label.Zh}\": \"{PrintedForms.Compact(text)}\" is in 元, read as {Reports.Amounts.FenToWanText(figure.Value.Value)} 万元."));
    }
}
