using System.Globalization;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;

namespace Disclosure.Domain.Quality;

/// <summary>
/// O1–O3: figures that look wrong against the township's previous year or the county's other townships. They are
/// warnings (code, pointer, message), computed when a report is read from the current reports, never stored and never
/// blocking: the figures they compare with change whenever another report is stored.
/// </summary>
public static class OutlierRules
{
    /// <summary>The constant that makes the MAD of a normal sample estimate its standard deviation (Iglewicz and Hoaglin).</summary>
    private const decimal MadScale = 0.6745m;

    /// <summary>
    /// Every outlier of <paramref name="report"/>: O1 against <paramref name="previous"/> (the township's report for the
    /// year before, or null), O2 against <paramref name="county"/> (the current reports of its county for its year; the
    /// report itself among them or not), O3. A report that O3 finds all zero gets O3 alone, not an O1 for every figure
    /// that fell to 0.
    /// </summary>
    public static IReadOnlyList<Warning> Of(Report report, Report? previous, IEnumerable<Report> county, OutlierThresholds thresholds)
    {
        var allZero = AllZero(report, previous).ToList();
        return
        [
            .. allZero.Count > 0 ? [] : YearOverYear(report, previous, thresholds),
            .. FarFromCounty(report, county, thresholds),
            .. allZero,
        ];
    }

    /// <summary>
    /// O1: each count printed in both years' layouts (compared by pointer: the formats share the pointers of tables 三
    /// and 四 and of 行政许可, 行政处罚, 行政强制) that moved more than ×factor up or down, when either year is at least the
    /// minimum; a move to or from 0 counts. Amounts (万元) are not counts and are left out: one large purchase moves a
    /// township's procurement tenfold in an ordinary year. 本年增/减 is a change, not a count, and is left out too.
    /// </summary>
    public static IEnumerable<Warning> YearOverYear(Report report, Report? previous, OutlierThresholds thresholds)
    {
        if (!IsPreviousYearOf(previous, report))
            yield break;
        var layout = report.Layout;
        var previousLayout = previous.Layout;
        foreach (var cell in layout.Cells)
        {
            if (cell.Kind != CellKind.Count || previous.Format.FindCell(cell.Pointer) is not { Kind: CellKind.Count } before
                || !previousLayout.Prints(before))
                continue;
            long was = previous[before], now = report[cell];
            if (Math.Max(was, now) < thresholds.JumpMinimum)
                continue;
            if (now > was * thresholds.JumpFactor)
                yield return new Warning(OutlierCodes.YearOverYearJump,
                    $"O1: {cell.LabelZh} went from {was} in {previous.Year} to {now} in {report.Year}, more than ×{Number(thresholds.JumpFactor)}.", cell.Pointer);
            else if (was > now * thresholds.JumpFactor)
                yield return new Warning(OutlierCodes.YearOverYearJump,
                    $"O1: {cell.LabelZh} went from {was} in {previous.Year} to {now} in {report.Year}, less than ÷{Number(thresholds.JumpFactor)}.", cell.Pointer);
        }
    }

    /// <summary>
    /// O2: each of <see cref="PeerFigures"/> whose modified z-score among the county's other townships with a report
    /// for the year is beyond the threshold: only with at least the minimum of peers, only when their MAD is above 0
    /// (else half or more of them report the same figure and any other value would be "infinitely" far), and only when
    /// the figure is at least the minimum difference from their median.
    /// </summary>
    public static IEnumerable<Warning> FarFromCounty(Report report, IEnumerable<Report> county, OutlierThresholds thresholds)
    {
        var countyCode = CountyOf(report.TownshipCode);
        var peers = county
            .Where(p => p.Year == report.Year && p.TownshipCode != report.TownshipCode && CountyOf(p.TownshipCode) == countyCode)
            .ToList();
        if (peers.Count < thresholds.MinPeers)
            yield break;
        foreach (var pointer in PeerFigures.Pointers)
        {
            if (report.Format.FindCell(pointer) is not { } cell)
                continue;
            var values = peers.Where(p => p.Format.FindCell(pointer) is not null).Select(p => (decimal)p[p.Format.Cell(pointer)]).ToList();
            if (values.Count < thresholds.MinPeers)
                continue;
            var median = Median(values);
            var mad = Median([.. values.Select(v => Math.Abs(v - median))]);
            decimal value = report[cell];
            var difference = value - median;
            if (mad == 0 || Math.Abs(difference) < thresholds.PeerMinimumDifference)
                continue;
            var score = MadScale * difference / mad;
            if (Math.Abs(score) <= thresholds.PeerScore)
                continue;
            yield return new Warning(OutlierCodes.FarFromCounty,
                $"O2: {cell.LabelZh} is {report[cell]} in {report.Year}; the median of the county's {values.Count} other townships is " +
                $"{Number(median)} (MAD {Number(mad)}), a modified z-score of {Number(Math.Round(score, 1))}, beyond ±{Number(thresholds.PeerScore)}.",
                cell.Pointer);
        }
    }

    /// <summary>
    /// O3: every figure of tables 二, 三 and 四 as printed is 0, while the previous year's report has a figure that is not.
    /// Its pointer is the whole report (the empty JSON Pointer).
    /// </summary>
    public static IEnumerable<Warning> AllZero(Report report, Report? previous)
    {
        if (!IsPreviousYearOf(previous, report) || report.Layout.Cells.Any(c => report[c] != 0))
            yield break;
        var nonZero = previous.Layout.Cells.Where(c => previous[c] != 0).ToList();
        if (nonZero.Count == 0)
            yield break;
        var largest = nonZero.MaxBy(c => Math.Abs(previous[c]))!;
        yield return new Warning(OutlierCodes.AllZero,
            $"O3: every figure of tables 二, 三 and 四 is 0 in {report.Year}, but {nonZero.Count} of the {previous.Year} report's are not " +
            $"(the largest: {largest.LabelZh} {ValueText(largest, previous[largest])}).", "");
    }

    private static bool IsPreviousYearOf([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] Report? previous, Report report) =>
        previous is not null && previous.TownshipCode == report.TownshipCode && previous.Year == report.Year - 1;

    private static string CountyOf(string townshipCode) => DivisionCode.Parse(townshipCode, DivisionLevel.Township).County.Value;

    private static decimal Median(List<decimal> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static string Number(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static string ValueText(Cell cell, long value) =>
        cell.Kind == CellKind.AmountFen ? $"{Amounts.FenToWanText(value)} 万元" : value.ToString(CultureInfo.InvariantCulture);
}
