using System.Globalization;
using System.Text.Json;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Problems;
using Disclosure.Api.Reads;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Reviews;
using Disclosure.Domain.Rollups;
using Disclosure.Persistence.Rollups;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Completeness;

public sealed class Endpoint(RollupStore store, DivisionRegistry registry, ReadCache reads) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/completeness");
        AllowAnonymous();
        Description(b => b
            .WithName("completeness")
            .WithTags("Rollups")
            .ProducesTidyAnswer<CompletenessResponse>());
        Summary(s =>
        {
            s.Summary = "Who has reported for a year, who has not, and who was on time";
            s.Description = "Expected are the township-level units under area in the official registry. On time: the report's publishedAt " +
                            "(the day the township published it) is 31 January of the next year or earlier, when the report has one; else its " +
                            "first revision arrived before 1 February of the next year, 00:00 China Standard Time (the 31 January deadline of " +
                            "条例 art. 50). So a year back-filled long after is judged by the dates it was published. " +
                            "rate = submitted / expected, onTimeRate = onTime / expected; null when nothing is expected. " +
                            "JSON lists the missing units and the late ones, with the dates that judged them, says how many of the submitted " +
                            "reports are in each review state (states) and lists the returned ones not yet revised, with the county's reason. " +
                            "A withdrawn report is no report: its township is missing until it files again. With status=accepted only accepted " +
                            "reports count: submitted, rates, late and states are of the accepted reports, and a township without one is missing. " +
                            "CSV: list=townships (the default), one line per township-level unit, with whether and when it reported and its " +
                            "report's review state; list=reminders, one line per missing, late or returned unit, with its county, for the county " +
                            "to send reminders (date: for a late one publishedAt, else the China date of the first revision, judgedBy says which; " +
                            "for a returned one the China date it was returned, with the reason).";
            s.Params["year"] = "The year reported on, 2008 to 9998.";
            s.Params["area"] = "A division code prefix: 41 a province, 4113 a city, 411328 a county, a 9-digit township (find a code by name with GET /api/v1/areas?q=). Absent: the whole country.";
            s.Params["status"] = ReviewStatus.Description;
            s.Params["format"] = "csv for CSV; json is the default. Accept: text/csv works too.";
            s.Params["list"] = "The CSV's lines: townships (default), every township-level unit; reminders, only the missing, the late and the returned. The JSON answer always lists them all.";
            s.Responses[200] = "The counts, the review states of the reports counted, the missing units listed by code and name, the late ones with their dates and the returned ones with the county's reason.";
            s.Responses[304] = "If-None-Match names the current answer: nothing changed.";
            s.Responses[400] = "A parameter is not valid; each is named.";
        });
    }

    public override Task HandleAsync(Request request, CancellationToken ct)
    {
        var list = request.List ?? Request.TownshipsList;
        var acceptedOnly = ReviewStatus.IsAcceptedOnly(request.Status);
        return reads.SendAsync(HttpContext, $"completeness?area={request.Area}&year={request.Year}&list={list}&acceptedOnly={acceptedOnly}",
            ReadCache.Negotiate(HttpContext, request.Format),
            async (representation, token) =>
            {
                var year = request.Year!.Value;
                var submissions = await store.ListSubmissionsAsync(request.Area, year, acceptedOnly, token);
                if (representation == Representation.Json)
                    return new ReadBody(JsonSerializer.SerializeToUtf8Bytes(CompletenessResponse.From(
                        Domain.Rollups.Completeness.Of(registry, request.Area, year, submissions, acceptedOnly)), ApiJson.Options));
                return new ReadBody(list == Request.RemindersList
                    ? Reminders(Domain.Rollups.Completeness.Of(registry, request.Area, year, submissions, acceptedOnly))
                    : Csv(request, submissions));
            }, ct);
    }

    private byte[] Csv(Request request, IReadOnlyList<SubmittedReport> submissions)
    {
        var year = request.Year!.Value;
        var byCode = submissions.ToDictionary(s => s.TownshipCode, StringComparer.Ordinal);
        using var csv = new CsvWriter().Line(["year", "townshipCode", "townshipName", "submitted", "onTime", "firstSubmittedAt", "publishedAt", "state"]);
        foreach (var township in registry.TownshipsUnder(request.Area ?? ""))
        {
            var report = byCode.GetValueOrDefault(township.Code);
            csv.Line([
                year.ToString(CultureInfo.InvariantCulture), township.Code, township.Name,
                report is not null ? "true" : "false", report?.IsOnTime(year) == true ? "true" : "false",
                report?.FirstSubmittedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) ?? "",
                report?.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                report is null ? "" : ReviewNames.Of(report.State),
            ]);
        }
        return csv.ToUtf8Bytes();
    }

    /// <summary>
    /// The townships a county reminds: the missing, the late and the returned, in code order (so by county), with the day
    /// that judged a late one and the day a returned one was returned and why. A township late and returned has a line for each.
    /// </summary>
    private byte[] Reminders(CompletenessResult result)
    {
        var year = result.Year.ToString(CultureInfo.InvariantCulture);
        var lines = result.Missing.Select(m => (m.Code, m.Name, Status: "missing", Date: "", JudgedBy: "", Reason: ""))
            .Concat(result.Late.Select(l => (l.Code, l.Name, Status: "late",
                Date: l.Report.JudgedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), JudgedBy: LateTownshipResponse.NameOf(l.Report.JudgedBy), Reason: "")))
            .Concat(result.Returned.Select(r => (r.Code, r.Name, Status: ReviewNames.Of(ReviewState.Returned),
                Date: r.Returned is { } returned ? ChinaDate(returned.At) : "", JudgedBy: "", Reason: r.Returned?.Reason ?? "")))
            .OrderBy(line => line.Code, StringComparer.Ordinal);
        using var csv = new CsvWriter().Line(["year", "countyCode", "countyName", "townshipCode", "townshipName", "status", "date", "judgedBy", "reason"]);
        foreach (var line in lines)
        {
            // Every township-level unit of the registry has its county (the registry refuses an orphan).
            var county = registry.Find(registry.Find(line.Code)!.ParentCode!)!;
            csv.Line([year, county.Code, county.Name, line.Code, line.Name, line.Status, line.Date, line.JudgedBy, line.Reason]);
        }
        return csv.ToUtf8Bytes();
    }

    private static string ChinaDate(DateTimeOffset at) =>
        Domain.Rollups.Completeness.ChinaDateOf(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
