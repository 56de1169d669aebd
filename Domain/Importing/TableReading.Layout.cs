using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Importing;

internal sealed partial class TableReading
{
    private static readonly string[] OtherHandlingSubRows =
    [
        "results/otherHandling/overdueCorrection", LabelCatalogue.OtherHandlingOverdueFee, LabelCatalogue.OtherHandlingOther,
    ];

    /// <summary>
    /// The format from table 二's column and row labels (each format has its own), then the layout from table 三's
    /// （六）. The year never decides: real reports print the other format than their year suggests.
    /// </summary>
    private (ReportFormat? Format, ReportLayout? Layout) Decide(List<FoundRow> proactive, List<FoundRow> applications)
    {
        if (proactive.Count == 0 && applications.Count == 0) return (null, null);

        var evidence = new Dictionary<string, List<string>> { ["2019"] = [], ["2021"] = [] };
        foreach (var header in proactive.Select(r => r.Header).Where(h => h is not null).Distinct())
        foreach (var column in header!)
        {
            var only2019 = Only(ProactiveTables.Format2019, ProactiveTables.Format2021, column.Normalised);
            var only2021 = Only(ProactiveTables.Format2021, ProactiveTables.Format2019, column.Normalised);
            if (only2019 && !only2021 && !evidence["2019"].Contains(column.Printed)) evidence["2019"].Add(column.Printed);
            if (only2021 && !only2019 && !evidence["2021"].Contains(column.Printed)) evidence["2021"].Add(column.Printed);
        }
        foreach (var row in proactive.Where(r => r.Item.Path is "otherServices" or "procurement"))
            if (!evidence["2019"].Contains(row.PrintedLabel)) evidence["2019"].Add(row.PrintedLabel);

        var divided = applications.Any(r => OtherHandlingSubRows.Contains(r.Item.Path));
        var oneRow = applications.Any(r => r.Item.Path == ApplicationTables.OtherHandling);
        string id;
        string why;
        if (evidence["2019"].Count != evidence["2021"].Count)
        {
            id = evidence["2019"].Count > evidence["2021"].Count ? "2019" : "2021";
            why = $"table 二 prints the {id} format's labels ({string.Join("、", evidence[id].Take(4).Select(e => $"\"{e}\""))})";
        }
        else if (divided)
        {
            id = "2021";
            why = "table 二 does not tell the formats apart, and table 三 prints （六）其他处理 as sub-rows, as only the 2021 format does";
        }
        else if (title?.Year is { } year)
        {
            id = ReportFormats.All.First(f => f.IsMeantFor(year) || f == ReportFormats.All[^1]).Id;
            why = $"table 二 does not tell the formats apart; the title's year {year} is in the {id} format";
        }
        else
        {
            _problems.Add(new ImportProblem(ImportCodes.FormatUnknown, "", LabelCatalogue.Proactive, "", "", "",
                "Neither table 二's labels, table 三's （六） nor the title's year tell whether the report is in the 2019 or the 2021 format."));
            return (null, null);
        }

        var format = ReportFormats.Find(id)!;
        var layout = format.Layouts[0];
        if (id == "2021" && oneRow && !divided) layout = format.FindLayout(ReportFormats.UndividedOtherLayout)!;
        if ((id == "2019" && divided) || (id == "2021" && oneRow && divided))
        {
            foreach (var row in applications.Where(r => id == "2019" ? OtherHandlingSubRows.Contains(r.Item.Path) : r.Item.Path == ApplicationTables.OtherHandling))
                _problems.Add(new ImportProblem(ImportCodes.LayoutMismatch, $"/{ApplicationTables.Section}/{row.Item.Path}", LabelCatalogue.Applications, row.PrintedLabel, "", "",
                    $"Row \"{row.PrintedLabel}\" ({row.Place}) does not belong to the {id} format's table 三 as the rest of it is printed; it was not read."));
        }

        var shape = layout.Id == ReportFormats.UndividedOtherLayout
            ? "prints （六）其他处理 as one row with its own figures (its split is unknown, and is not invented)"
            : divided ? "prints （六）其他处理 as three sub-rows" : "prints （六）其他处理 as one row";
        var yearNote = title?.Year is { } y && !format.IsMeantFor(y) ? $" The title's year {y} is not one the {id} format was meant for; the tables decide." : "";
        _notes.Add(new ImportNote(ImportCodes.Layout, null, $"Format {id}: {why}; table 三 {shape}. Layout {layout.Id}.{yearNote}"));
        return (format, layout);
    }

    /// <summary>Whether <paramref name="header"/> names a column of <paramref name="tables"/> that <paramref name="others"/> do not have.</summary>
    private static bool Only(IReadOnlyList<Table> tables, IReadOnlyList<Table> others, string header)
    {
        var core = ColumnCore(header);
        return tables.SelectMany(t => t.Columns).Any(c => ColumnCore(c.Label.Zh) == core)
            && !others.SelectMany(t => t.Columns).Any(c => ColumnCore(c.Label.Zh) == core);
    }

    /// <summary>A column label without its parenthetical (unit, decimals): <c>采购总金额(单位:万元,保留4位小数)</c> → <c>采购总金额</c>.</summary>
    private static string ColumnCore(string label)
    {
        var normalised = PrintedForms.Key(PrintedForms.Normalise(label));
        var open = normalised.IndexOf('(');
        return open > 0 ? normalised[..open] : normalised;
    }
}
