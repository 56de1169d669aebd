using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http;

/// <summary>GET /api/v1/areas?q= over the real registry: the ranking, the parents, the paging.</summary>
public sealed class AreaSearchEndpointTests : IDisposable
{
    private readonly ServiceFactory _service = new();

    public void Dispose() => _service.Dispose();

    private async Task<(JsonNode Body, HttpResponseMessage Response)> GetAsync(string url)
    {
        var response = await _service.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JsonNode.Parse(await response.Content.ReadAsStringAsync())!, response);
    }

    private static string[] Codes(JsonNode body) => [.. body["areas"]!.AsArray().Select(a => (string)a!["code"]!)];

    private static string[] ParentNames(JsonNode area) => [.. area["parents"]!.AsArray().Select(p => (string)p!["name"]!)];

    [Fact]
    public async Task Tanghe_finds_the_county_first()
    {
        var (body, response) = await GetAsync(Routes.Areas(q: "唐河"));

        var county = body["areas"]![0]!;
        Assert.Equal("411328", (string?)county["code"]);
        Assert.Equal("唐河县", (string?)county["name"]);
        Assert.Equal("county", (string?)county["level"]);
        Assert.Equal("namePrefix", (string?)county["match"]);
        Assert.Equal(["河南省", "南阳市"], ParentNames(county));
        Assert.Equal(["41", "4113"], county["parents"]!.AsArray().Select(p => (string)p!["code"]!));
        Assert.Equal(1, (int?)body["total"]);
        Assert.Equal(1, (int?)body["count"]);
        Assert.Equal(20, (int?)body["limit"]);
        Assert.Null(body["next"]);
        Assert.False(response.Headers.Contains("Link"));
    }

    [Fact]
    public async Task Shangtun_finds_the_township_with_its_chain()
    {
        var (body, _) = await GetAsync(Routes.Areas(q: "上屯"));

        var township = Assert.Single(body["areas"]!.AsArray())!;
        Assert.Equal("411328110", (string?)township["code"]);
        Assert.Equal("上屯镇", (string?)township["name"]);
        Assert.Equal("township", (string?)township["level"]);
        Assert.Equal(["河南省", "南阳市", "唐河县"], ParentNames(township));
        Assert.Equal(["41", "4113", "411328"], township["parents"]!.AsArray().Select(p => (string)p!["code"]!));
    }

    [Fact]
    public async Task Nanyang_ranks_name_prefixes_by_level_then_code_then_names_that_hold_it()
    {
        var (body, _) = await GetAsync(Routes.Areas(q: "南阳", limit: 100));

        Assert.Equal(
            ["4113", "411371", "411372", "130432103", "210114010", "320681106", "320904109", "330109006", "350405201", "350823108",
             "350924102", "360481207", "370826103", "410105006", "410105007", "411371060", "411371061", "411381400", "420526104",
             "430481105", "450103101", "621223103", "411371401"],
            Codes(body));
        Assert.Equal("南阳市", (string?)body["areas"]![0]!["name"]);
        Assert.Equal("nameContains", (string?)body["areas"]![22]!["match"]);
        Assert.Equal(23, (int?)body["total"]);
    }

    [Fact]
    public async Task The_exact_name_comes_before_names_that_start_with_it()
    {
        var (body, _) = await GetAsync(Routes.Areas(q: "唐河县"));

        var county = Assert.Single(body["areas"]!.AsArray())!;
        Assert.Equal("exactName", (string?)county["match"]);
    }

    [Fact]
    public async Task Chengguanzhen_is_paged_to_the_end_each_with_its_chain()
    {
        var codes = new List<string>();
        var pageSizes = new List<int>();
        var url = Routes.Areas(q: "城关镇", limit: 30);
        var nexts = new List<string?>();
        while (url is not null)
        {
            var (body, response) = await GetAsync(url);
            var next = (string?)body["next"];
            nexts.Add(next);
            Assert.Equal(next is null ? null : $"<{next}>; rel=\"next\"", response.Headers.TryGetValues("Link", out var link) ? link.Single() : null);
            foreach (var area in body["areas"]!.AsArray())
            {
                Assert.Equal("城关镇", (string?)area!["name"]);
                Assert.Equal("exactName", (string?)area["match"]);
                Assert.Equal(3, area["parents"]!.AsArray().Count);
            }
            Assert.Equal(88, (int?)body["total"]);
            pageSizes.Add((int)body["count"]!);
            codes.AddRange(Codes(body));
            url = next!;
        }

        Assert.Equal([30, 30, 28], pageSizes);
        Assert.Equal("/api/v1/areas?q=%E5%9F%8E%E5%85%B3%E9%95%87&limit=30&after=exactName-411321100", nexts[0]);
        Assert.Equal("/api/v1/areas?q=%E5%9F%8E%E5%85%B3%E9%95%87&limit=30&after=exactName-610926100", nexts[1]);
        Assert.Null(nexts[2]);
        Assert.Equal(88, codes.Distinct().Count());
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal("120114110", codes[0]);
        Assert.Equal("652302101", codes[^1]);
    }

    [Fact]
    public async Task A_chengguanzhen_is_told_apart_by_its_county()
    {
        var (body, _) = await GetAsync(Routes.Areas(q: "城关镇", limit: 30));

        var nanzhao = body["areas"]!.AsArray().Single(a => (string)a!["code"]! == "411321100")!;
        Assert.Equal(["河南省", "南阳市", "南召县"], ParentNames(nanzhao));
    }

    [Fact]
    public async Task Digits_are_a_code_prefix_higher_levels_first()
    {
        var (body, response) = await GetAsync(Routes.Areas(q: "4113"));

        var codes = Codes(body);
        Assert.Equal(20, codes.Length);
        Assert.Equal(["4113", "411302", "411303", "411321"], codes[..4]);
        Assert.Equal("411302004", codes[^1]);
        Assert.All(body["areas"]!.AsArray(), a => Assert.Equal("codePrefix", (string?)a!["match"]));
        Assert.Equal(272, (int?)body["total"]);
        Assert.Equal("/api/v1/areas?q=4113&limit=20&after=codePrefix-411302004", (string?)body["next"]);

        var (second, _) = await GetAsync((string)body["next"]!);
        Assert.Equal("411302007", Codes(second)[0]);
    }

    [Theory]
    [InlineData("/api/v1/areas?q=", "q", "invalid-q")]
    [InlineData("/api/v1/areas", "q", "invalid-q")]
    [InlineData("/api/v1/areas?q=%20%20", "q", "invalid-q")]
    [InlineData("/api/v1/areas?q=唐河唐河唐河唐河唐河唐河唐河唐河唐河唐河唐河唐河唐河唐河唐河唐河唐河唐河唐河唐河唐河唐河唐河唐河唐河唐", "q", "invalid-q")]
    [InlineData("/api/v1/areas?q=唐河&limit=101", "limit", "invalid-limit")]
    [InlineData("/api/v1/areas?q=唐河&after=411328", "after", "invalid-after")]
    public async Task A_bad_query_gets_400_naming_the_parameter(string url, string parameter, string code)
    {
        var response = await _service.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var error = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray())!;
        Assert.Equal(parameter, (string?)error["parameter"]);
        Assert.Equal(code, (string?)error["code"]);
    }

    [Fact]
    public async Task Fifty_characters_are_a_query()
    {
        var (body, _) = await GetAsync("/api/v1/areas?q=" + string.Concat(Enumerable.Repeat("唐河", 25)));
        Assert.Equal(0, (int?)body["total"]);
        Assert.Empty(body["areas"]!.AsArray());
    }
}
