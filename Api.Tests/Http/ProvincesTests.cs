using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http;

/// <summary>GET /api/v1/provinces: the top of the registry, from which /areas/{code}/children walks down.</summary>
public sealed class ProvincesTests : IDisposable
{
    private readonly ServiceFactory _service = new();

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task Every_province_in_code_order_each_with_its_children()
    {
        var client = _service.CreateClient();
        var response = await client.GetAsync(Routes.Provinces);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var provinces = body["provinces"]!.AsArray();
        Assert.Equal(31, (int?)body["count"]);
        Assert.Equal(
            ["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46",
             "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"],
            provinces.Select(p => (string)p!["code"]!));
        Assert.Equal("北京市", (string?)provinces[0]!["name"]);
        Assert.Equal("河南省", (string?)provinces[15]!["name"]);
        Assert.Equal("新疆维吾尔自治区", (string?)provinces[^1]!["name"]);
        Assert.All(provinces, p => Assert.Equal("province", (string?)p!["level"]));

        var henan = JsonNode.Parse(await client.GetStringAsync(Routes.Children("41")))!;
        Assert.Equal(18, (int?)henan["total"]);
    }
}
