using Disclosure.Domain.Printing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Disclosure.Api.Features.Tables;

/// <summary>
/// Writes <see cref="TablesAnswer"/> as an Excel workbook: a sheet per table (per format and table when the area has
/// several formats), each under a title row naming the area, the year and the reports summed, its headings merged as
/// printed and frozen, its figures numbers (an amount shows exactly its own decimals, up to 6), its notes below, set to
/// print on A4 across, one page wide.
/// </summary>
public static class TablesWorkbook
{
    private const uint TitleStyle = 1;
    private const uint HeadingStyle = 2;
    private const uint LabelStyle = 3;
    private const uint NoteStyle = 4;

    /// <summary>The style of a figure with 0 to 6 decimals is this plus the decimals.</summary>
    private const uint FigureStyle = 5;

    private const int MaxDecimals = 6;
    private const uint FirstCustomNumberFormat = 164;
    private const int MaxSheetName = 31;

    public static byte[] Write(TablesAnswer answer)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var mixed = answer.Sets.Count > 1;
            foreach (var set in answer.Sets)
            foreach (var table in set.Printed.Tables)
            {
                var name = (mixed ? $"{set.Format.Id} " : "") + table.Heading;
                AddSheet(workbook, sheets, name[..Math.Min(name.Length, MaxSheetName)], SheetFor(answer, set, table));
            }
            if (answer.Sets.Count == 0)
                AddSheet(workbook, sheets, "统计表", Empty(answer));
        }
        return buffer.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, string name, Worksheet worksheet)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
    }

    /// <summary>The title row text of a table's sheet.</summary>
    public static string TitleOf(TablesAnswer answer, TableSet set, PrintedTable table) => $"{answer.Title} {table.Heading}（{set.Caption}）";

    private static Worksheet SheetFor(TablesAnswer answer, TableSet set, PrintedTable table)
    {
        var data = new SheetData();
        var merges = new MergeCells();
        var lastColumn = ColumnName(table.ColumnCount - 1);

        data.Append(new Row(Text($"A1", TitleOf(answer, set, table), TitleStyle)) { RowIndex = 1 });
        if (table.ColumnCount > 1)
            merges.Append(new MergeCell { Reference = $"A1:{lastColumn}1" });

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var rowIndex = (uint)r + 2;
            var row = new Row { RowIndex = rowIndex };
            for (var c = 0; c < table.ColumnCount; c++)
            {
                var cell = table.CoveringCell(r, c);
                var reference = $"{ColumnName(c)}{rowIndex}";
                var starts = table.Rows[r].Cells.Contains(cell) && cell.Column == c;
                var style = cell.Figure is not null ? FigureStyle : table.Rows[r].Kind == PrintedRowKind.Body ? LabelStyle : HeadingStyle;
                if (!starts)
                    row.Append(new Cell { CellReference = reference, StyleIndex = style });
                else if (cell.Figure is null)
                    row.Append(Text(reference, cell.Text!, style));
                else
                    row.Append(Number(reference, cell.Print(set.Values)));
                if (starts && (cell.RowSpan > 1 || cell.ColumnSpan > 1))
                    merges.Append(new MergeCell { Reference = $"{reference}:{ColumnName(c + cell.ColumnSpan - 1)}{rowIndex + cell.RowSpan - 1}" });
            }
            data.Append(row);
        }

        var noteRow = (uint)table.Rows.Count + 3;
        foreach (var note in set.Notes)
        {
            data.Append(new Row(Text($"A{noteRow}", note, NoteStyle)) { RowIndex = noteRow });
            if (table.ColumnCount > 1)
                merges.Append(new MergeCell { Reference = $"A{noteRow}:{lastColumn}{noteRow}" });
            noteRow++;
        }

        var frozen = 1 + table.LeadingHeaderRows;
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(
                new Pane
                {
                    VerticalSplit = frozen,
                    TopLeftCell = $"A{frozen + 1}",
                    ActivePane = PaneValues.BottomLeft,
                    State = PaneStateValues.Frozen,
                },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{frozen + 1}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{frozen + 1}" } })
            { WorkbookViewId = 0 }),
            Columns(table),
            data);
        if (merges.HasChildren)
            worksheet.Append(merges);
        // Printed on A4 across, one page wide, as the national tables are laid out.
        worksheet.Append(
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        return worksheet;
    }

    private static Worksheet Empty(TablesAnswer answer) =>
        new(new SheetData(
            new Row(Text("A1", answer.Title, TitleStyle)) { RowIndex = 1 },
            new Row(Text("A2", "没有报告。", NoteStyle)) { RowIndex = 2 }));

    /// <summary>Label columns as wide as their longest label (up to a limit; longer ones wrap), figure columns as their headings.</summary>
    private static Columns Columns(PrintedTable table)
    {
        var columns = new Columns();
        for (var c = 0; c < table.ColumnCount; c++)
        {
            var label = table.IsLabelColumn(c);
            var widest = 0;
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var cell = table.CoveringCell(r, c);
                if (cell.Text is { } text && cell.ColumnSpan == 1 && table.Rows[r].Kind != PrintedRowKind.Caption)
                    widest = Math.Max(widest, DisplayWidth(text));
            }
            double width = Math.Clamp(widest + 2, 10, label ? 48 : 16);
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = width, CustomWidth = true });
        }
        return columns;
    }

    /// <summary>Columns a text takes in a spreadsheet: a Chinese character two, any other one.</summary>
    private static int DisplayWidth(string text) => text.Sum(ch => ch >= '\u2E80' ? 2 : 1);

    private static Cell Text(string reference, string text, uint style) => new(new InlineString(new Text(text)))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    /// <summary>A figure as a number, its exact decimal text as the value, shown with exactly its own decimals.</summary>
    private static Cell Number(string reference, string exact)
    {
        var point = exact.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : exact.Length - point - 1;
        return new Cell(new CellValue(exact))
        {
            CellReference = reference,
            DataType = CellValues.Number,
            StyleIndex = FigureStyle + (uint)decimals,
        };
    }

    /// <summary>A, B, …, Z, AA, …</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
            name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }

    private static Stylesheet Styles()
    {
        var numberFormats = new NumberingFormats();
        for (var d = 1; d <= MaxDecimals; d++)
            numberFormats.Append(new NumberingFormat { NumberFormatId = FirstCustomNumberFormat + (uint)d - 1, FormatCode = "0." + new string('0', d) });

        CellFormat Format(uint font, uint border, HorizontalAlignmentValues horizontal, bool wrap, uint numberFormat = 0) =>
            new(new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = wrap })
            {
                FontId = font, BorderId = border, FillId = 0, NumberFormatId = numberFormat,
                ApplyFont = true, ApplyBorder = true, ApplyAlignment = true, ApplyNumberFormat = numberFormat != 0,
            };

        var cellFormats = new CellFormats(
            new CellFormat(),
            Format(1, 0, HorizontalAlignmentValues.Left, wrap: false),
            Format(0, 1, HorizontalAlignmentValues.Center, wrap: true),
            Format(0, 1, HorizontalAlignmentValues.Left, wrap: true),
            Format(0, 0, HorizontalAlignmentValues.Left, wrap: true));
        for (var d = 0; d <= MaxDecimals; d++)
            cellFormats.Append(Format(0, 1, HorizontalAlignmentValues.Right, wrap: false, d == 0 ? 1 : FirstCustomNumberFormat + (uint)d - 1));

        var thin = () => new Color { Indexed = 64 };
        return new Stylesheet(
            numberFormats,
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
                new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "宋体" })),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(
                    new LeftBorder(thin()) { Style = BorderStyleValues.Thin },
                    new RightBorder(thin()) { Style = BorderStyleValues.Thin },
                    new TopBorder(thin()) { Style = BorderStyleValues.Thin },
                    new BottomBorder(thin()) { Style = BorderStyleValues.Thin },
                    new DiagonalBorder())),
            cellFormats);
    }
}
