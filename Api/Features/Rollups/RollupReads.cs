using Disclosure.Api.Reads;
using Disclosure.Domain.Rollups;
using Disclosure.Persistence.Rollups;
using FastEndpoints;

namespace Disclosure.Api.Features.Rollups;

/// <summary>
/// What every rollup endpoint does: query a page of sums, shape them, answer from the cache when nothing changed. A
/// page estimated larger than <see cref="ReadCache.StreamAboveBytes"/> is not kept: it is read, then written to the
/// client as it is produced.
/// </summary>
public sealed class RollupReads(RollupStore store, RollupWriter answer, ReadCache reads)
{
    public Task SendAsync(HttpContext http, RollupRequest request, RollupShape shape, CancellationToken ct)
    {
        var filter = request.ToFilter();
        var page = request.ToPage(filter);
        string path = http.Request.Path;
        var representation = ReadCache.Negotiate(http, request.Format);
        // Without grouping there is one group, whatever the limit.
        var groups = filter.GroupBy.Count == 0 ? 1 : page.Limit;
        if (RollupWriter.EstimatedBytes(representation, shape, groups) > reads.StreamAboveBytes)
        {
            return reads.StreamAsync(http, request.CacheKey(path), representation, async (response, chosen, token) =>
            {
                // Where the page ends, from its keys alone; then its groups a part at a time, up to that key.
                var (last, more) = await store.PageEndAsync(filter, page, token);
                var next = more ? request.NextLink(path, last!, chosen) : null;
                if (next is not null)
                    response.Headers.Link = $"<{next}>; rel=\"next\"";
                await answer.WriteAsync(response.Body, chosen, filter, page, PartsAsync(filter, page.After, last, token), shape, next, token);
            }, ct);
        }
        return reads.SendAsync(http, request.CacheKey(path), representation, async (chosen, token) =>
        {
            var read = await store.QueryAsync(filter, page, token);
            var next = read.ContinueAfter is { } last ? request.NextLink(path, last, chosen) : null;
            return new ReadBody(answer.Write(chosen, filter, page, read, shape, next), next);
        }, ct);
    }

    /// <summary>
    /// The groups after <paramref name="after"/> up to <paramref name="last"/>, <see cref="RollupRequest.DefaultLimit"/>
    /// at a time, each part read on its own (no read transaction waits while a part is written to the client).
    /// </summary>
    private async IAsyncEnumerable<IReadOnlyList<RollupGroup>> PartsAsync(
        RollupFilter filter, RollupKey? after, RollupKey? last, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        while (last is not null)
        {
            var part = await store.QueryAsync(filter, new GroupPage(RollupRequest.DefaultLimit, after), ct);
            var upToLast = part.Groups.TakeWhile(g => Compare(g.Key, last) <= 0).ToArray();
            yield return upToLast;
            if (upToLast.Length < part.Groups.Count || part.ContinueAfter is null || part.ContinueAfter.Equals(last))
                yield break;
            after = part.ContinueAfter;
        }
    }

    /// <summary>Key order: year, then division code.</summary>
    private static int Compare(RollupKey a, RollupKey b)
    {
        var byYear = (a.Year ?? 0).CompareTo(b.Year ?? 0);
        return byYear != 0 ? byYear : string.CompareOrdinal(a.Code ?? "", b.Code ?? "");
    }

    /// <summary>The parameters every rollup shares, described once.</summary>
    public static void Describe(EndpointSummary s)
    {
        AreaYearsQuery.Describe(s);
        s.Params["groupBy"] = "Comma list of year, province, city, county, township. Absent: one grand total.";
        s.Params["excludeFlagged"] = "true: leave out reports stored flagged (with acknowledged identity violations).";
        s.Params["status"] = ReviewStatus.Description;
        s.Params["limit"] = $"The most groups in this answer, 1 to {RollupRequest.MaxLimit} (default {RollupRequest.DefaultLimit}). When more follow, next (and the Link header, rel=\"next\") gives the URL of the next page.";
        s.Params["after"] = "Continue after this group key: the cursor the previous page's next link carries (year-code, e.g. 2020-411328, or the year or the code alone when only one of them is grouped by). Groups come in key order: year, then division code.";
        s.Params["format"] = "csv for tidy CSV (one line per group and value: key columns, reports, flagged, submitted, accepted, returned, then section,row,column,value: section/row/column is the JSON Pointer of the figure in the group); json is the default. Accept: text/csv works too.";
        s.Responses[200] = "One group per key, in key order (year, then division code), at most limit of them, each with the number of reports summed, how many of them are flagged and how many are in each review state (states); next is the URL of the next page, null on the last. ETag changes when any report is stored or reviewed.";
        s.Responses[304] = "If-None-Match names the current answer: nothing changed.";
        s.Responses[400] = "A parameter is not valid; each is named.";
        s.Responses[406] = "Accept accepts neither application/json nor text/csv.";
        s.Responses[503] = "Too many answers are being computed or streamed: ask again after Retry-After seconds.";
    }
}
