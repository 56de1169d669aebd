using System.Globalization;
using System.Text.Json;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Problems;
using Disclosure.Api.Reads;
using Disclosure.Domain.Quality;
using Disclosure.Domain.Reviews;
using FastEndpoints;

namespace Disclosure.Api.Features.Quality.Worklist;

public sealed class Endpoint(AreaWorklist worklists, ReadCache reads) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/quality");
        AllowAnonymous();
        Description(b => b
            .WithName("qualityWorklist")
            .WithTags("Quality")
            .ProducesTidyAnswer<QualityResponse>()
            .ProducesHeader(200, "Link", "<URL of the next page>; rel=\"next\" when more townships follow (the same URL as next in JSON); absent on the last page."));
        Summary(s =>
        {
            s.Summary = "What in an area's reports for a year needs the county's attention";
            s.Description = "Every township-level unit under area (the registry's) whose report for year is flagged (its acknowledged violations), " +
                            "returned by the county and not yet revised (with the county's reason and when), missing, has outliers (O1 a count " +
                            "that moved more than ×5 or ÷5 from the previous year, O2 a total far from the county's other townships, O3 all zero " +
                            "after a year that was not; computed now from the current reports) or has warnings (X1–X4 against the previous year " +
                            "and the others stored with the report). Each township has its review state and items { kind, code, pointer, message, " +
                            "explanation }; a finding's explanation is the township's in force for the current revision, null while unexplained; " +
                            "kinds are an open list. Ranked: flagged with an unexplained violation, then returned, then missing, then reports with " +
                            "unexplained findings, then those whose findings are all explained (waiting to be accepted); within each, more items " +
                            "first, then township code. Reports with nothing to look at (no finding, or accepted with every finding explained) are " +
                            "counted (clean), not listed; totals counts the items of each kind, the unexplained ones, and the townships that have " +
                            "them, over every page. CSV: one line per item, with its township's columns. next (and the Link header) gives the next page.";
            s.Params["year"] = $"The year reported on, {Domain.Validation.SubmissionChecks.FirstYear} to 9998.";
            s.Params["area"] = "A division code prefix: 41 a province, 4113 a city, 411328 a county, a 9-digit township (find a code by name with GET /api/v1/areas?q=). Absent: the whole country.";
            s.Params["limit"] = $"The most townships in this answer, 1 to {Request.MaxLimit} (default {Request.DefaultLimit}).";
            s.Params["after"] = "Continue after this township: the cursor the previous page's next link carries, tier-items-township (e.g. unexplained-3-411328110).";
            s.Params["format"] = "csv for CSV; json is the default. Accept: text/csv works too.";
            s.Responses[200] = "At most limit townships, best first, with the area's counts and totals; next is the URL of the next page, null on the last.";
            s.Responses[304] = "If-None-Match names the current answer: nothing changed.";
            s.Responses[400] = "A parameter is not valid; each is named.";
        });
    }

    public override Task HandleAsync(Request request, CancellationToken ct)
    {
        string path = HttpContext.Request.Path;
        return reads.SendAsync(HttpContext, request.Link(path, request.After, Representation.Json), ReadCache.Negotiate(HttpContext, request.Format),
            async (representation, token) =>
            {
                var worklist = await worklists.BuildAsync(request.Area, request.Year!.Value, token);
                var (entries, more) = worklist.Page(request.AfterRank(), request.Limit);
                var next = more ? request.Link(path, Request.Cursor(entries[^1].Rank), representation) : null;
                var bytes = representation == Representation.Csv
                    ? Csv(worklist.Year, entries)
                    : JsonSerializer.SerializeToUtf8Bytes(QualityResponse.From(request.Area, request.Limit, next, worklist, entries), ApiJson.Options);
                return new ReadBody(bytes, next);
            }, ct);
    }

    /// <summary>One line per item, each with its township's columns.</summary>
    private static byte[] Csv(int year, IReadOnlyList<WorklistEntry> entries)
    {
        var yearText = year.ToString(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter().Line(["year", "townshipCode", "townshipName", "revision", "format", "state",
            "kind", "code", "pointer", "message", "explanation", "reason", "at"]);
        foreach (var entry in entries)
        foreach (var item in entry.Items)
            csv.Line([yearText, entry.TownshipCode, entry.TownshipName, entry.Revision?.ToString(CultureInfo.InvariantCulture), entry.Format,
                entry.State is { } state ? ReviewNames.Of(state) : null,
                item.Kind, item.Code, item.Pointer, item.Message, item.Explanation, item.Reason,
                item.At?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)]);
        return csv.ToUtf8Bytes();
    }
}
