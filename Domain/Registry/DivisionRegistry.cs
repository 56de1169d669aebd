namespace Disclosure.Domain.Registry;

/// <summary>
/// The official units, looked up by code. A code prefix names a branch of the hierarchy, so the
/// township-level units under an area are those whose code starts with the area's code.
/// </summary>
public sealed class DivisionRegistry
{
    private readonly Dictionary<string, Division> _byCode;
    private readonly Division[] _townshipsByCode;
    private readonly Dictionary<string, List<Division>> _children = new(StringComparer.Ordinal);

    public DivisionRegistry(IEnumerable<Division> divisions)
    {
        _byCode = divisions.TryGetNonEnumeratedCount(out var count)
            ? new Dictionary<string, Division>(count, StringComparer.Ordinal)
            : new Dictionary<string, Division>(StringComparer.Ordinal);
        var townships = new List<Division>(count);
        foreach (var division in divisions)
        {
            if (!_byCode.TryAdd(division.Code, division))
                throw new ArgumentException($"Division code {division.Code} appears twice.", nameof(divisions));
            if (division.Level == DivisionLevel.Township)
                townships.Add(division);
            if (division.ParentCode is { } parent)
            {
                if (!_children.TryGetValue(parent, out var siblings)) _children[parent] = siblings = [];
                siblings.Add(division);
            }
        }

        foreach (var siblings in _children.Values)
        {
            if (!InCodeOrder(siblings))
                siblings.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        }
        _townshipsByCode = [.. townships];
        // The official list comes in code order, so this is a check at every start, not a sort.
        if (!InCodeOrder(_townshipsByCode))
            Array.Sort(_townshipsByCode, (a, b) => string.CompareOrdinal(a.Code, b.Code));
    }

    public int TownshipCount => _townshipsByCode.Length;

    public Division? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Every unit of every level, in no particular order.</summary>
    public IReadOnlyCollection<Division> Divisions => _byCode.Values;

    /// <summary>The units one level under <paramref name="division"/>, in code order; none under a township.</summary>
    public IReadOnlyList<Division> ChildrenOf(Division division) => _children.GetValueOrDefault(division.Code) ?? [];

    public bool IsTownship(string code) => Find(code) is { Level: DivisionLevel.Township };

    /// <summary>The unit and its ancestors, from the province down to the unit itself.</summary>
    public IReadOnlyList<Division> ChainOf(Division division)
    {
        var chain = new List<Division> { division };
        for (var parent = division.ParentCode; parent is not null; parent = _byCode[parent].ParentCode)
            chain.Add(_byCode[parent]);
        chain.Reverse();
        return chain;
    }

    /// <summary>Township-level units whose code starts with <paramref name="areaPrefix"/>, in code order.</summary>
    public ReadOnlySpan<Division> TownshipsUnder(string areaPrefix)
    {
        var start = LowerBound(areaPrefix);
        var end = start;
        while (end < _townshipsByCode.Length && _townshipsByCode[end].Code.StartsWith(areaPrefix, StringComparison.Ordinal))
            end++;
        return _townshipsByCode.AsSpan(start, end - start);
    }

    private static bool InCodeOrder(IReadOnlyList<Division> divisions)
    {
        for (var i = 1; i < divisions.Count; i++)
        {
            if (string.CompareOrdinal(divisions[i - 1].Code, divisions[i].Code) > 0)
                return false;
        }
        return true;
    }

    private int LowerBound(string prefix)
    {
        int lo = 0, hi = _townshipsByCode.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(_townshipsByCode[mid].Code, prefix) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
