using System.Net;
using System.Text;

namespace Disclosure.Domain.Printing;

/// <summary>
/// The national tables as a printable HTML page: one small self-contained document (no script, nothing fetched), A4 print
/// styles, each table as a <c>&lt;table&gt;</c> whose headings and labels are merged with rowspan and colspan as the
/// format prints them. Every text is HTML-encoded.
/// </summary>
public static class PrintedHtml
{
    private const string Style = """
        @page { size: A4; margin: 15mm 12mm; }
        body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 10.5pt; color: #000; margin: 0 auto; max-width: 190mm; }
        h1 { font-size: 15pt; text-align: center; margin: 0 0 6mm; }
        h2 { font-size: 12pt; margin: 6mm 0 2mm; }
        h3 { font-size: 11pt; margin: 4mm 0 2mm; }
        p.note { margin: 1mm 0; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 4mm; page-break-inside: auto; }
        tr { page-break-inside: avoid; }
        th, td { border: 1px solid #000; padding: 1mm 1.5mm; vertical-align: middle; }
        th { font-weight: normal; text-align: center; }
        th.label { text-align: left; }
        td { text-align: right; white-space: nowrap; }
        section { page-break-before: auto; }
        @media print { section + section { page-break-before: always; } }
        """;

    /// <summary>A page titled <paramref name="title"/> with each set of tables under its caption and notes.</summary>
    public static string Write(string title, IReadOnlyList<TableSet> sets)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Encode(title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<h1>")
            .Append(Encode(title)).Append("</h1>\n");
        if (sets.Count == 0)
            html.Append("<p class=\"note\">没有报告。</p>\n");
        foreach (var set in sets)
        {
            html.Append("<section>\n<h2>").Append(Encode(set.Caption)).Append("</h2>\n");
            foreach (var note in set.Notes)
                html.Append("<p class=\"note\">").Append(Encode(note)).Append("</p>\n");
            foreach (var table in set.Printed.Tables)
                WriteTable(html, table, set.Values);
            html.Append("</section>\n");
        }
        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void WriteTable(StringBuilder html, PrintedTable table, IReadOnlyList<long> values)
    {
        html.Append("<h3>").Append(Encode(table.Heading)).Append("</h3>\n<table>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row.Cells)
            {
                var figure = cell.Figure is not null;
                var element = figure ? "td" : "th";
                html.Append('<').Append(element);
                if (!figure && row.Kind == PrintedRowKind.Body)
                    html.Append(" class=\"label\"");
                if (cell.RowSpan > 1)
                    html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                if (cell.ColumnSpan > 1)
                    html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                html.Append('>').Append(Encode(cell.Print(values))).Append("</").Append(element).Append('>');
            }
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
