using System.Globalization;
using System.Text.Json.Nodes;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;

namespace Disclosure.Api.Tests.Http.Tables;

/// <summary>Reading the tables' JSON back in the tests: its figures, its labels, and the sums they should be.</summary>
public static class TablesJsonReading
{
    /// <summary>The set of tables of <paramref name="format"/> in an answer.</summary>
    public static JsonNode Set(JsonNode answer, string format) =>
        answer["formats"]!.AsArray().Single(f => (string?)f!["format"] == format)!;

    /// <summary>Every figure of a set: its cell's pointer and its value as written (the exact JSON number).</summary>
    public static List<(string Pointer, string Value)> Figures(JsonNode set) =>
    [
        .. from table in set["tables"]!.AsArray()
           from row in table!["rows"]!.AsArray()
           from cell in row!["cells"]!.AsArray()
           where cell!["cell"] is not null
           select ((string)cell["cell"]!, cell["value"]!.ToJsonString()),
    ];

    /// <summary>Every heading and label of a set, in reading order.</summary>
    public static List<string> Texts(JsonNode set) =>
    [
        .. from table in set["tables"]!.AsArray()
           from row in table!["rows"]!.AsArray()
           from cell in row!["cells"]!.AsArray()
           where cell!["text"] is not null
           select (string)cell["text"]!,
    ];

    /// <summary>The sum of a cell over <paramref name="reports"/>, written as the tables write it.</summary>
    public static string Sum(IEnumerable<Report> reports, ReportFormat format, string pointer)
    {
        var cell = format.Cell(pointer);
        var sum = reports.Where(r => r.Format == format).Sum(r => r.Values[cell.Index]);
        return cell.Kind == CellKind.AmountFen ? Amounts.FenToWanText(sum) : sum.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The body row of table 三 whose first label in the row is <paramref name="label"/>: its figures as written.</summary>
    public static string[] ApplicationsRow(JsonNode set, string label)
    {
        var table = set["tables"]!.AsArray().Single(t => (string?)t!["number"] == "三")!;
        var row = table["rows"]!.AsArray().Single(r => r!["cells"]!.AsArray().Any(c => (string?)c!["text"] == label))!;
        return [.. row["cells"]!.AsArray().Where(c => c!["cell"] is not null).Select(c => c!["value"]!.ToJsonString())];
    }
}
