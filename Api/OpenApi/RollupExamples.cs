using Disclosure.Domain.Formats;
using Disclosure.Domain.Reading;
using Disclosure.Domain.Rollups;

namespace Disclosure.Api.OpenApi;

/// <summary>
/// The group the rollups' examples show: the two example reports (唐河县's 上屯镇 2020 and 毕店镇 2022) summed, the
/// 2019-format one accepted by the county, the 2021-format one submitted and awaiting review.
/// </summary>
internal static class RollupExamples
{
    public static RollupGroup Group { get; } = Build();

    private static RollupGroup Build()
    {
        var byFormat = new Dictionary<string, FormatSums>(StringComparer.Ordinal);
        foreach (var file in new[] { ExamplesFilter.Example2019, ExamplesFilter.Example2021 })
        {
            var report = ReportReader.Read(ExamplesFilter.LoadBytes(file)).Report
                ?? throw new InvalidOperationException($"The example {file} is not a valid report.");
            var states = report.Format == ReportFormats.Format2019 ? new ReviewStateCounts(0, 1, 0) : new ReviewStateCounts(1, 0, 0);
            byFormat.Add(report.Format.Id, new FormatSums(1, 0, [.. report.Values], states));
        }
        return new RollupGroup(new RollupKey(null, null, null, "411328", null), byFormat.Count, 0, byFormat);
    }
}
