using System.Text;
using Disclosure.Api.Documents;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Importing;
using Disclosure.Domain.Printing;
using Disclosure.Domain.Reading;
using Disclosure.Domain.Reports;

namespace Disclosure.Api.Tests.Http.Imports;

/// <summary>
/// A report printed as the national tables in text (<c>format=text</c>) and imported again is the same report, cell
/// for cell: over generated reports of every layout, with large, zero, negative and six-decimal figures.
/// </summary>
public class TextRoundTripTests
{
    public static TheoryData<string, int> Layouts()
    {
        var data = new TheoryData<string, int>();
        foreach (var format in ReportFormats.All)
        foreach (var layout in format.Layouts)
        for (var seed = 1; seed <= 25; seed++)
            data.Add($"{format.Id}/{layout.Id}", seed);
        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_printed_report_imports_to_itself(string formatAndLayout, int seed)
    {
        var format = ReportFormats.Find(formatAndLayout.Split('/')[0])!;
        var layout = format.FindLayout(formatAndLayout.Split('/')[1])!;
        var report = Generate(format, layout, new Random(seed * 7919 + layout.Id.Length));

        var text = PrintedText.Of(report);
        var reading = new DocumentReaders().Read(Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", null);
        var imported = DocumentImporter.Read(reading.Document!);

        Assert.True(imported.NotFound.Count == 0, string.Join("\n", imported.NotFound.Select(m => m.Detail)));
        Assert.True(imported.Problems.Count == 0, string.Join("\n", imported.Problems.Select(p => p.Detail)));
        Assert.Equal(layout.Id, imported.Layout!.Id);
        var read = ReportReader.Read(Json(imported, report));
        Assert.Empty(read.Errors);
        Assert.Equal(report.Values, read.Report!.Values);
        Assert.Equal(ReportJson.ToUtf8Bytes(report), ReportJson.ToUtf8Bytes(read.Report));
    }

    /// <summary>Any figures, identities or not: what is printed must come back, not what would add up.</summary>
    private static Report Generate(ReportFormat format, ReportLayout layout, Random random)
    {
        var values = new long[format.Cells.Count];
        foreach (var cell in layout.Cells)
        {
            values[cell.Index] = (random.Next(6), cell.Kind) switch
            {
                (0, _) => 0,
                (_, CellKind.AmountFen) => random.NextInt64(0, CellLimits.MaxAmountFen + 1),   // to the 分, up to the largest amount
                (_, CellKind.Change) => random.Next(-100_000, 100_000),
                (1, _) => random.NextInt64(0, CellLimits.MaxCount + 1),
                _ => random.Next(0, 1000),
            };
        }
        if (layout.Marker is { } marker) values[marker.Index] = 1;
        return new Report("411328110", 2022, format, values, null, null, []);
    }

    private static byte[] Json(ImportedReport imported, Report report) => imported.ToReportJson(report.TownshipCode, report.Year, []);
}
