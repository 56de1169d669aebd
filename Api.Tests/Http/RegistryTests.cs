using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http;

public sealed class RegistryTests : IDisposable
{
    private readonly ServiceFactory _service = new();

    public void Dispose() => _service.Dispose();

    private Task<JsonNode> GetAsync(string url) => _service.CreateClient().GetOkJsonAsync(url);

    [Fact]
    public async Task Tanghe_county_has_24_township_level_units()
    {
        var body = await GetAsync(Routes.Townships(area: "411328"));

        Assert.Equal(24, (int?)body["count"]);
        var codes = body["townships"]!.AsArray().Select(t => (string)t!["code"]!).ToList();
        Assert.Equal(24, codes.Count);
        Assert.Equal("411328001", codes[0]);
        Assert.Contains("411328110", codes);
        Assert.All(codes, c => Assert.StartsWith("411328", c));
        Assert.Equal("上屯镇", (string?)body["townships"]!.AsArray().Single(t => (string)t!["code"]! == "411328110")!["name"]);
    }

    [Fact]
    public async Task A_township_is_read_with_its_parent_chain()
    {
        var body = await GetAsync(Routes.Area("411328110"));

        Assert.Equal("上屯镇", (string?)body["name"]);
        Assert.Equal("township", (string?)body["level"]);
        Assert.Equal(["41", "4113", "411328"], body["parents"]!.AsArray().Select(p => (string)p!["code"]!));
        Assert.Equal(["河南省", "南阳市", "唐河县"], body["parents"]!.AsArray().Select(p => (string)p!["name"]!));
        Assert.Equal(1, (int?)body["townshipCount"]);
    }

    [Fact]
    public async Task A_province_counts_its_townships()
    {
        var body = await GetAsync(Routes.Area("41"));
        Assert.Equal("河南省", (string?)body["name"]);
        Assert.Empty(body["parents"]!.AsArray());
    }

    [Theory]
    [InlineData("/api/v1/townships?area=41x", "area")]
    [InlineData("/api/v1/townships", "area")]
    [InlineData("/api/v1/areas/123", "code")]
    public async Task Bad_codes_get_400_naming_the_parameter(string url, string parameter)
    {
        var response = await _service.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray());
        Assert.Equal(parameter, (string?)error!["parameter"]);
    }

    [Fact]
    public async Task An_unknown_code_gets_404()
    {
        var response = await _service.CreateClient().GetAsync(Routes.Area("999999"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Health_answers_200()
    {
        var body = await GetAsync("/health");
        Assert.Equal("ok", (string?)body["status"]);
    }
}
