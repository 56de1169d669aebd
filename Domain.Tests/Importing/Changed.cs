using Disclosure.Domain.Importing;

namespace Disclosure.Domain.Tests.Importing;

/// <summary>The samples with printed text changed, each change checked to apply, imported.</summary>
internal static class Changed
{
    public static string Apply(string text, params (string From, string To)[] changes)
    {
        foreach (var (from, to) in changes)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        return text;
    }

    /// <summary>上屯镇 2020 (text, 2019 format) with changes.</summary>
    public static ImportedReport Shangtun(params (string From, string To)[] changes) =>
        DocumentImporter.Read(Printed.Text(Apply(Samples.Text("shangtun-2020.txt"), changes)));

    /// <summary>平潭 2024 (web page, 2021 format) with changes.</summary>
    public static ImportedReport Pingtan(params (string From, string To)[] changes) =>
        DocumentImporter.Read(Printed.Html(Apply(Fixtures.Pingtan, changes)));

    /// <summary>洪泽 2024 (PDF, 2021 format, （六） as one row) with changes.</summary>
    public static ImportedReport Hongze(params (string From, string To)[] changes) =>
        DocumentImporter.Read(Printed.Pdf(Apply(Fixtures.Hongze, changes)));

    public static long Value(ImportedReport imported, string pointer, string townshipCode = "411328110", int year = 2020)
    {
        var read = Printed.ReadBack(imported, townshipCode, year);
        Assert.Empty(read.Errors);
        return read.Report![read.Report.Format.Cell(pointer)];
    }
}
