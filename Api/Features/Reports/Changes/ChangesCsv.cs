using System.Globalization;
using Disclosure.Api.Reads;

namespace Disclosure.Api.Features.Reports.Changes;

/// <summary>The changes as tidy CSV: a line per listed figure, with the two reports it compares in every line, and the same numbers as the JSON.</summary>
public static class ChangesCsv
{
    public static readonly string[] Columns =
    [
        "townshipCode", "fromYear", "fromRevision", "toYear", "toRevision",
        "pointer", "table", "row", "column", "unit", "presentIn", "from", "to", "change", "ratio",
    ];

    public static byte[] Write(ChangesResponse changes)
    {
        using var csv = new CsvWriter().Line(Columns);
        string[] sides =
        [
            changes.TownshipCode, Text(changes.From.Year), Text(changes.From.Revision), Text(changes.To.Year), Text(changes.To.Revision),
        ];
        foreach (var cell in changes.Cells)
        {
            csv.Line([.. sides, cell.Pointer, cell.Table, cell.Row, cell.Column, cell.Unit, cell.PresentIn,
                Text(cell.From), Text(cell.To), Text(cell.Change), Text(cell.Ratio)]);
        }
        return csv.ToUtf8Bytes();
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Exact, as in the JSON; empty when null.</summary>
    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
