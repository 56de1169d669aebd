namespace Disclosure.Domain.Importing;

/// <summary>
/// Matches a printed row label to the most specific row item it names. The label is split at its numbering
/// (<c>三、本年度办理结果(三)不予公开1.属于国家秘密</c> → 本年度办理结果 | 不予公开 | 属于国家秘密) and its parts are tried
/// from the last: first for an exact item, then for the longest item within it, then for a typo (longest common subsequence ≥ 0.75 of the longer text,
/// with exactly one item that near). Group labels are never items; <c>其他</c> is an item only within （六）.
/// </summary>
internal static class LabelMatcher
{
    private const double Similarity = 0.75;
    private const int MaxSegmentForSimilarity = 60;
    private const int MinItemForSimilarity = 5;
    private const int MinItemForContainment = 4;

    public static LabelMatch? Match(string normalisedLabel, IReadOnlyList<RowItem> items, bool afterOverdueFee)
    {
        var segments = Segments(normalisedLabel);
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            var key = PrintedForms.Key(segments[i]);
            if (key.Length == 0 || LabelCatalogue.GroupKeys.Contains(key)) continue;
            var inOtherGroup = afterOverdueFee || segments.Take(i).Any(s => PrintedForms.Key(s) == LabelCatalogue.OtherHandlingGroupKey);
            foreach (var item in items)
            {
                if (item.Path == LabelCatalogue.OtherHandlingOther && !inOtherGroup) continue;
                if (key == item.Key || IsNationalWording(key, item))
                    return new LabelMatch(item, segments[i], MatchKind.Exact, []);
            }
        }

        for (var i = segments.Count - 1; i >= 0; i--)
        {
            var key = PrintedForms.Key(segments[i]);
            if (key.Length > MaxSegmentForSimilarity || LabelCatalogue.GroupKeys.Contains(key)) continue;
            var longest = items
                .Where(item => item.Key.Length >= MinItemForContainment && key.Contains(item.Key, StringComparison.Ordinal))
                .GroupBy(item => item.Key.Length).OrderByDescending(g => g.Key).FirstOrDefault()?.DistinctBy(item => item.Path).ToList();
            if (longest is { Count: 1 }) return new LabelMatch(longest[0], segments[i], MatchKind.Contained, []);
            if (longest is { Count: > 1 }) return new LabelMatch(null, segments[i], MatchKind.Contained, longest);
        }

        for (var i = segments.Count - 1; i >= 0; i--)
        {
            var key = PrintedForms.Key(segments[i]);
            if (key.Length < MinItemForSimilarity - 1 || key.Length > MaxSegmentForSimilarity || LabelCatalogue.GroupKeys.Contains(key)) continue;
            var near = items
                .Where(item => item.Key.Length >= MinItemForSimilarity)
                .Where(item => (double)LongestCommonSubsequence(key, item.Key) / Math.Max(key.Length, item.Key.Length) >= Similarity)
                .GroupBy(item => item.Path)
                .Select(g => g.First())
                .ToList();
            if (near.Count == 1) return new LabelMatch(near[0], segments[i], MatchKind.Typo, []);
            if (near.Count > 1) return new LabelMatch(null, segments[i], MatchKind.Typo, near);
        }
        return null;
    }

    /// <summary>The parts of a label between its numbering markers, numbering removed.</summary>
    public static List<string> Segments(string normalisedLabel)
    {
        var segments = new List<string>();
        var start = 0;
        foreach (System.Text.RegularExpressions.Match marker in PrintedForms.Numbering().Matches(normalisedLabel))
        {
            if (marker.Index > start) segments.Add(normalisedLabel[start..marker.Index]);
            start = marker.Index + marker.Length;
        }
        if (start < normalisedLabel.Length) segments.Add(normalisedLabel[start..]);
        return segments;
    }

    /// <summary>（二）部分公开 is printed with its explanation (区分处理的，只计这一情形…), whole or cut off by a line end.</summary>
    private static bool IsNationalWording(string key, RowItem item) =>
        item.Path == "results/partiallyDisclosed" && key.StartsWith(item.Key + "(", StringComparison.Ordinal);

    public static int LongestCommonSubsequence(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        foreach (var ca in a)
        {
            for (var j = 1; j <= b.Length; j++)
                current[j] = ca == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
