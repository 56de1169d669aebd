using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Rollups;

/// <summary>
/// One group of a rollup: how many current reports it sums, how many of them are flagged, and the sums
/// per format id ("2019", "2021"): a format the group has no report in is absent.
/// </summary>
public sealed record RollupGroup(RollupKey Key, long Reports, long Flagged, IReadOnlyDictionary<string, FormatSums> ByFormat)
{
    /// <summary>How many of the group's reports are in each review state: its formats' counts added up.</summary>
    public ReviewStateCounts States { get; } = ByFormat.Values.Aggregate(default(ReviewStateCounts), (sum, f) => sum + f.States);

    // Every figure of every group looks its formats up: by position in ReportFormats.All, not by hashing the id.
    private readonly FormatSums?[] _inFormatOrder = [.. ReportFormats.All.Select(f => ByFormat.GetValueOrDefault(f.Id))];

    /// <summary>The sums of <paramref name="format"/>'s reports in the group; null when it has none.</summary>
    public FormatSums? Of(ReportFormat format)
    {
        for (var i = 0; i < _inFormatOrder.Length; i++)
        {
            if (ReferenceEquals(ReportFormats.All[i], format))
                return _inFormatOrder[i];
        }
        return ByFormat.GetValueOrDefault(format.Id);
    }
}
