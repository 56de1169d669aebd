namespace Disclosure.Domain.Registry;

/// <summary>
/// Finds areas of every level by name or code, built once from the registry. Digits are a code prefix, found by
/// binary search in each level's codes. Anything else is a part of a name: the units whose names hold the query's
/// rarest character are read from that character's list (at most some thousands) and kept when the name holds
/// the whole query. Each list is in rank order within a match (level, then code), so no hit is sorted.
/// </summary>
public sealed class AreaSearch
{
    /// <summary>Every unit by level, then code.</summary>
    private readonly Division[] _ranked;

    /// <summary>Where each level starts in <see cref="_ranked"/>, and its end last.</summary>
    private readonly int[] _levelStarts;

    /// <summary>For each character of any name, the units (indexes in <see cref="_ranked"/>, ascending) whose names hold it.</summary>
    private readonly Dictionary<char, int[]> _byCharacter;

    public AreaSearch(DivisionRegistry registry)
    {
        _ranked = [.. registry.Divisions];
        Array.Sort(_ranked, (a, b) => new AreaRank(AreaMatch.ExactName, a.Code).CompareTo(new AreaRank(AreaMatch.ExactName, b.Code)));

        var levels = Enum.GetValues<DivisionLevel>();
        _levelStarts = new int[levels.Length + 1];
        for (var l = 0; l < levels.Length; l++)
            _levelStarts[l + 1] = _levelStarts[l] + _ranked.Count(d => d.Level == levels[l]);

        var lists = new Dictionary<char, List<int>>();
        for (var i = 0; i < _ranked.Length; i++)
        {
            foreach (var c in _ranked[i].Name.Distinct())
            {
                if (!lists.TryGetValue(c, out var list)) lists[c] = list = [];
                list.Add(i);
            }
        }
        _byCharacter = lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>
    /// The areas matching <paramref name="query"/> that rank after <paramref name="after"/>, at most
    /// <paramref name="limit"/>, best first.
    /// </summary>
    public AreaHits Find(string query, AreaRank? after, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentException.ThrowIfNullOrEmpty(query);
        return query.All(char.IsAsciiDigit) ? ByCode(query, after, limit) : ByName(query, after, limit);
    }

    private AreaHits ByCode(string prefix, AreaRank? after, int limit)
    {
        var hits = new List<AreaHit>(limit + 1);
        var total = 0;
        for (var l = 0; l + 1 < _levelStarts.Length; l++)
        {
            var (start, end) = PrefixRange(_levelStarts[l], _levelStarts[l + 1], prefix);
            total += end - start;
            for (var i = start; i < end && hits.Count <= limit; i++)
            {
                var hit = new AreaHit(_ranked[i], AreaMatch.CodePrefix);
                if (after is null || hit.Rank.CompareTo(after.Value) > 0) hits.Add(hit);
            }
        }
        return Page(hits, limit, total);
    }

    private AreaHits ByName(string part, AreaRank? after, int limit)
    {
        int[]? candidates = null;
        foreach (var c in part)
        {
            if (!_byCharacter.TryGetValue(c, out var list)) return new AreaHits([], false, 0);
            if (candidates is null || list.Length < candidates.Length) candidates = list;
        }

        // One list per match, each filled in rank order and no further than a page needs.
        var byMatch = new List<AreaHit>[] { [], [], [] };
        var total = 0;
        foreach (var i in candidates!)
        {
            var name = _ranked[i].Name;
            var at = name.IndexOf(part, StringComparison.Ordinal);
            if (at < 0) continue;
            total++;
            var match = at > 0 ? AreaMatch.NameContains : name.Length == part.Length ? AreaMatch.ExactName : AreaMatch.NamePrefix;
            var hits = byMatch[(int)match];
            if (hits.Count > limit) continue;
            var hit = new AreaHit(_ranked[i], match);
            if (after is null || hit.Rank.CompareTo(after.Value) > 0) hits.Add(hit);
        }
        return Page([.. byMatch.SelectMany(h => h).Take(limit + 1)], limit, total);
    }

    private static AreaHits Page(List<AreaHit> hits, int limit, int total) =>
        hits.Count > limit ? new AreaHits(hits[..limit], true, total) : new AreaHits(hits, false, total);

    /// <summary>The units in [start, end) of <see cref="_ranked"/> (one level, in code order) whose codes start with the prefix.</summary>
    private (int Start, int End) PrefixRange(int start, int end, string prefix)
    {
        var from = LowerBound(start, end, prefix);
        // ':' follows '9': every code that starts with the prefix sorts before prefix + ':'.
        return (from, LowerBound(from, end, prefix + ":"));
    }

    private int LowerBound(int lo, int hi, string key)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(_ranked[mid].Code, key) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
