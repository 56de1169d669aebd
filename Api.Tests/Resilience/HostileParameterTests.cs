using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Resilience;

/// <summary>Hostile path and query parameters on every read: a 4xx problem naming the parameter, or an answer; never a 5xx.</summary>
public sealed class HostileParameterTests(HostileParameterTests.OneReport service) : IClassFixture<HostileParameterTests.OneReport>
{
    /// <summary>One service for every case, holding the sample report.</summary>
    public sealed class OneReport : IAsyncLifetime
    {
        public ServiceFactory Service { get; } = new();

        public async Task InitializeAsync() =>
            Assert.Equal(HttpStatusCode.Created,
                (await Service.CreateAdminClient().PostAsync("/api/v1/reports", ServiceFactory.Json(Samples.Text("shangtun-2020.json")))).StatusCode);

        public Task DisposeAsync()
        {
            Service.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly HttpClient _admin = service.Service.CreateAdminClient();

    public static readonly TheoryData<string> Urls =
    [
        "/api/v1/townships/411328110/reports/2020?revision=-1",
        "/api/v1/townships/411328110/reports/2020?revision=abc",
        "/api/v1/townships/411328110/reports/2020?revision=99999999999",
        "/api/v1/townships/411328110/reports/2020?format=xml",
        "/api/v1/townships/411328110/reports/2020?format=text&revision=99999999999",
        "/api/v1/townships/411328110/reports/99999999999",
        "/api/v1/townships/411328110/reports/-2147483648",
        "/api/v1/townships/'%20OR%201=1--/reports/2020",
        "/api/v1/townships/411328110/reports/2020/revisions?x=%3Cscript%3E",
        "/api/v1/reports?limit=0",
        "/api/v1/reports?after=999999999-9999&limit=1000",
        "/api/v1/reports?after=411328110-2020'%20OR%201=1",
        "/api/v1/reports?limit=2147483648",
        "/api/v1/reports?area=%3Cscript%3E",
        "/api/v1/reports?area=41'%3B%20DROP%20TABLE%20reports%3B--",
        "/api/v1/reports?year=abc",
        "/api/v1/reports?flagged=maybe",
        "/api/v1/reports?year=-2147483648",
        "/api/v1/rollups/applications?groupBy=foo",
        "/api/v1/rollups/applications?from=3000&to=1",
        "/api/v1/rollups/applications?year=-2147483648",
        "/api/v1/rollups/applications?year=2147483647&groupBy=year",
        "/api/v1/rollups/applications?from=-2147483648&to=2147483647&groupBy=year,township",
        "/api/v1/rollups/applications?area=41&groupBy=year,year,year",
        "/api/v1/rollups/applications?excludeFlagged=maybe",
        "/api/v1/rollups/applications?format=xml",
        "/api/v1/rollups/review-litigation?from=-2147483648&to=2147483647&format=csv",
        "/api/v1/rollups/proactive?year=2147483647",
        "/api/v1/rollups/publications?year=-2147483648",
        "/api/v1/completeness?year=2147483647",
        "/api/v1/completeness?year=-2147483648",
        "/api/v1/completeness?year=9999",
        "/api/v1/completeness?year=0&area=41",
        "/api/v1/completeness?year=2020&area=4",
        "/api/v1/completeness?year=9998&format=csv&area=411328",
        "/api/v1/cells?from=-2147483648&to=2147483647",
        "/api/v1/cells?year=2147483647&format=csv",
        "/api/v1/areas/'%20OR%201=1",
        "/api/v1/areas/999999999999999999999",
        "/api/v1/areas/..%2F..%2Fetc%2Fpasswd",
        "/api/v1/townships?area=",
        "/api/v1/townships?area=%27",
    ];

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task A_hostile_parameter_never_gets_a_5xx(string url)
    {
        var response = await _admin.GetAsync(url);

        Assert.InRange((int)response.StatusCode, 200, 499);
        if ((int)response.StatusCode >= 400)
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);

        var head = await _admin.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(response.StatusCode, head.StatusCode);
        Assert.Equal(response.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
    }

    /// <summary>Regression: the deadline of year 9999 (1 February 10000) is no date, and the answer was a 500.</summary>
    [Theory]
    [InlineData(9999)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    [InlineData(0)]
    [InlineData(2007)]
    public async Task Completeness_for_an_impossible_year_is_a_400_naming_year(int year)
    {
        var response = await _admin.GetAsync($"/api/v1/completeness?area=411328&year={year}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray());
        Assert.Equal("year", (string?)error!["parameter"]);
        Assert.Equal("invalid-year", (string?)error["code"]);
    }

    [Theory]
    [InlineData(2008)]
    [InlineData(9998)]
    public async Task Completeness_answers_for_the_first_and_last_possible_years(int year) =>
        Assert.Equal(HttpStatusCode.OK, (await _admin.GetAsync($"/api/v1/completeness?area=411328&year={year}")).StatusCode);
}
