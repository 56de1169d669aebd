using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http;

/// <summary>GET /api/v1/areas/{code}/children over the real registry.</summary>
public sealed class AreaChildrenTests : IDisposable
{
    private readonly ServiceFactory _service = new();

    public void Dispose() => _service.Dispose();

    private Task<JsonNode> GetAsync(string url) => _service.CreateClient().GetOkJsonAsync(url);

    private static string[] Codes(JsonNode body) => [.. body["children"]!.AsArray().Select(a => (string)a!["code"]!)];

    [Fact]
    public async Task Henan_holds_its_cities()
    {
        var body = await GetAsync(Routes.Children("41"));

        Assert.Equal("河南省", (string?)body["name"]);
        Assert.Equal(18, (int?)body["total"]);
        var codes = Codes(body);
        Assert.Equal(18, codes.Length);
        Assert.Equal(["4101", "4102", "4103"], codes[..3]);
        Assert.Equal("4190", codes[^1]);
        Assert.All(body["children"]!.AsArray(), c => Assert.Equal("city", (string?)c!["level"]));
        Assert.Null(body["next"]);
    }

    [Fact]
    public async Task Nanyang_holds_its_counties()
    {
        var body = await GetAsync(Routes.Children("4113"));

        Assert.Equal(
            ["411302", "411303", "411321", "411322", "411323", "411324", "411325", "411326", "411327", "411328", "411329", "411330",
             "411371", "411372", "411381"],
            Codes(body));
        Assert.Equal("唐河县", (string?)body["children"]![9]!["name"]);
        Assert.Equal("county", (string?)body["children"]![9]!["level"]);
    }

    [Fact]
    public async Task Tanghe_holds_its_townships_paged()
    {
        var first = await GetAsync(Routes.Children("411328", limit: 20));

        Assert.Equal(24, (int?)first["total"]);
        Assert.Equal(20, (int?)first["count"]);
        Assert.Equal("411328001", Codes(first)[0]);
        var lastOfFirst = Codes(first)[^1];
        Assert.Equal($"/api/v1/areas/411328/children?limit=20&after={lastOfFirst}", (string?)first["next"]);

        var second = await GetAsync((string)first["next"]!);
        Assert.Equal(4, (int?)second["count"]);
        Assert.Equal("411328311", Codes(second)[^1]);
        Assert.Null(second["next"]);
        Assert.Equal(24, Codes(first).Concat(Codes(second)).Distinct().Count());
        Assert.Contains("411328110", Codes(first).Concat(Codes(second)));
    }

    [Fact]
    public async Task A_township_has_no_children()
    {
        var body = await GetAsync(Routes.Children("411328110"));

        Assert.Equal("上屯镇", (string?)body["name"]);
        Assert.Empty(body["children"]!.AsArray());
        Assert.Equal(0, (int?)body["total"]);
        Assert.Null(body["next"]);
    }

    [Fact]
    public async Task An_unknown_code_gets_404()
    {
        var response = await _service.CreateClient().GetAsync(Routes.Children("999999"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("No division has the code 999999.", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]);
    }

    [Fact]
    public async Task A_code_of_the_wrong_length_gets_400()
    {
        var response = await _service.CreateClient().GetAsync("/api/v1/areas/41132/children");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray())!;
        Assert.Equal("code", (string?)error["parameter"]);
    }
}
