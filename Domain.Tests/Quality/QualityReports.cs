using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Tests.Quality;

/// <summary>Reports made cell by cell for the quality rules: every cell 0 but those given.</summary>
internal static class QualityReports
{
    public const string NewlyReceivedNP = "/applications/newlyReceived/naturalPerson";
    public const string NewlyReceivedTotal = "/applications/newlyReceived/total";
    public const string Licensing = "/proactiveDisclosure/licensing/decisions";

    public static Report Make(string township, int year, params (string Pointer, long Value)[] cells) =>
        Make(township, year, year >= 2021 ? ReportFormats.Format2021 : ReportFormats.Format2019, cells);

    public static Report Make(string township, int year, ReportFormat format, params (string Pointer, long Value)[] cells)
    {
        var values = new long[format.Cells.Count];
        foreach (var (pointer, value) in cells)
            values[format.Cell(pointer).Index] = value;
        return new Report(township, year, format, values, null, null, []);
    }
}
