using Disclosure.Domain.Formats;
using Disclosure.Domain.Reviews;
using Disclosure.Domain.Rollups;

namespace Disclosure.Persistence.Rollups;

/// <summary>
/// Turns rows read in key order into at most <c>limit</c> groups: a group ends where the key changes, and the page
/// ends when a row of one more group arrives (so that the page knows more follow).
/// </summary>
internal sealed class PageCollector(RollupFilter filter, int limit, Func<string, ReportFormat> formats)
{
    private readonly List<RollupGroup> _groups = [];
    private GroupSums? _current;
    private bool _full;

    /// <summary>Adds one row; false when it belongs to a group past the page, and reading should stop.</summary>
    public bool Add(int year, string areaCode, string format, bool flagged, ReviewState state, long reports, ReadOnlySpan<byte> values)
    {
        var key = RollupKey.Of(filter.GroupBy, year, areaCode);
        if (_current is null || !_current.Key.Equals(key))
        {
            if (_current is not null)
                _groups.Add(_current.ToGroup());
            _current = null;
            if (_groups.Count >= limit)
            {
                _full = true;
                return false;
            }
            _current = new GroupSums(key);
        }
        _current.Add(formats(format), flagged, state, reports, values);
        return true;
    }

    public RollupPage ToPage()
    {
        if (_current is not null)
        {
            _groups.Add(_current.ToGroup());
            _current = null;
        }
        if (_groups.Count == 0 && filter.GroupBy.Count == 0)
            return new RollupPage([new RollupGroup(RollupKey.GrandTotal, 0, 0, new Dictionary<string, FormatSums>())], null);
        return new RollupPage(_groups, _full ? _groups[^1].Key : null);
    }
}
