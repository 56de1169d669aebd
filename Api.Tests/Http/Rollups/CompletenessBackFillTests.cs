using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Api.Tests.Http.Rollups;

/// <summary>
/// A county back-fills 2020 in late 2026: a report with its publication date is judged by it, one without by when it
/// arrived; the late are listed with their dates, and the reminders CSV lists the missing and the late.
/// </summary>
public sealed class CompletenessBackFillTests : IAsyncLifetime
{
    /// <summary>17:30 UTC on 30 November is 01:30 on 1 December in China: the day a late arrival is dated by.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 17, 30, 0, TimeSpan.Zero);

    private readonly ServiceFactory _factory = new();
    private WebApplicationFactory<Program> _service = null!;

    public async Task InitializeAsync()
    {
        _service = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(Now))));
        var admin = _service.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", ServiceFactory.AdminKey);
        (string Township, string? PublishedAt)[] reports =
        [
            ("411328110", "2021-01-20"),   // 上屯镇: published in time, stored years later: on time
            ("411328111", "2021-01-31"),   // 毕店镇: published on the last day: on time
            ("411328112", "2021-02-01"),   // 少拜寺镇: published a day late
            ("411328001", null),           // 滨河街道: no publication date: judged by its arrival now, late
        ];
        foreach (var (township, publishedAt) in reports)
        {
            var report = JsonNode.Parse(Samples.Text("shangtun-2020.json"))!.AsObject();
            report["townshipCode"] = township;
            if (publishedAt is not null) report["publishedAt"] = publishedAt;
            var response = await admin.PostAsync(Routes.Reports(), ServiceFactory.Json(report.ToJsonString()));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
    }

    public Task DisposeAsync()
    {
        _service.Dispose();
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Back_filled_reports_published_in_time_are_on_time_and_the_late_are_listed_with_their_dates()
    {
        var body = JsonNode.Parse(await _service.CreateClient().GetStringAsync(Routes.Completeness(area: "411328", year: 2020)))!;

        Assert.Equal(24, (int?)body["expected"]);
        Assert.Equal(4, (int?)body["submitted"]);
        Assert.Equal(2, (int?)body["onTime"]);
        Assert.Equal(20, body["missing"]!.AsArray().Count);
        Assert.Equal(
            """[{"townshipCode":"411328001","townshipName":"滨河街道","judgedBy":"firstSubmittedAt","publishedAt":null,"firstSubmittedAt":"2026-11-30T17:30:00.0000000Z","state":"submitted"},""" +
            """{"townshipCode":"411328112","townshipName":"少拜寺镇","judgedBy":"publishedAt","publishedAt":"2021-02-01","firstSubmittedAt":"2026-11-30T17:30:00.0000000Z","state":"submitted"}]""",
            body["late"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task The_reminders_csv_lists_the_missing_and_the_late_by_county()
    {
        var response = await _service.CreateClient().GetAsync(Routes.Completeness(area: "411328", year: 2020, list: "reminders", format: "csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(
            "year,countyCode,countyName,townshipCode,townshipName,status,date,judgedBy,reason\r\n" +
            "2020,411328,唐河县,411328001,滨河街道,late,2026-12-01,firstSubmittedAt,\r\n" +
            "2020,411328,唐河县,411328002,文峰街道,missing,,,\r\n" +
            "2020,411328,唐河县,411328003,东兴街道,missing,,,\r\n" +
            "2020,411328,唐河县,411328004,兴唐街道,missing,,,\r\n" +
            "2020,411328,唐河县,411328005,泗洲街道,missing,,,\r\n" +
            "2020,411328,唐河县,411328101,源潭镇,missing,,,\r\n" +
            "2020,411328,唐河县,411328102,张店镇,missing,,,\r\n" +
            "2020,411328,唐河县,411328103,郭滩镇,missing,,,\r\n" +
            "2020,411328,唐河县,411328104,湖阳镇,missing,,,\r\n" +
            "2020,411328,唐河县,411328105,黑龙镇,missing,,,\r\n" +
            "2020,411328,唐河县,411328106,大河屯镇,missing,,,\r\n" +
            "2020,411328,唐河县,411328107,龙潭镇,missing,,,\r\n" +
            "2020,411328,唐河县,411328108,桐寨铺镇,missing,,,\r\n" +
            "2020,411328,唐河县,411328109,苍台镇,missing,,,\r\n" +
            "2020,411328,唐河县,411328112,少拜寺镇,late,2021-02-01,publishedAt,\r\n" +
            "2020,411328,唐河县,411328113,祁仪镇,missing,,,\r\n" +
            "2020,411328,唐河县,411328114,马振抚镇,missing,,,\r\n" +
            "2020,411328,唐河县,411328300,城郊乡,missing,,,\r\n" +
            "2020,411328,唐河县,411328301,桐河乡,missing,,,\r\n" +
            "2020,411328,唐河县,411328306,昝岗乡,missing,,,\r\n" +
            "2020,411328,唐河县,411328309,古城乡,missing,,,\r\n" +
            "2020,411328,唐河县,411328311,东王集乡,missing,,,\r\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_townships_csv_is_unchanged_and_list_is_checked()
    {
        var csv = await _service.CreateClient().GetStringAsync(Routes.Completeness(area: "411328", year: 2020, list: "townships", format: "csv"));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("year,townshipCode,townshipName,submitted,onTime,firstSubmittedAt,publishedAt,state", lines[0]);
        Assert.Equal(25, lines.Length);
        Assert.Contains("2020,411328112,少拜寺镇,true,false,2026-11-30T17:30:00.0000000Z,2021-02-01,submitted", lines);
        Assert.Equal(csv, await _service.CreateClient().GetStringAsync(Routes.Completeness(area: "411328", year: 2020, format: "csv")));

        var bad = await _service.CreateClient().GetAsync("/api/v1/completeness?area=411328&year=2020&list=late");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var error = Assert.Single(JsonNode.Parse(await bad.Content.ReadAsStringAsync())!["errors"]!.AsArray())!;
        Assert.Equal(("list", "invalid-list"), ((string?)error["parameter"], (string?)error["code"]));
    }
}
