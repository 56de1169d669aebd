using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http;

/// <summary>area= takes only division codes, and its 400 says where a code is found by name.</summary>
public sealed class AreaParameterTests : IDisposable
{
    private const string Detail =
        "area must be a division code of 2, 4, 6 or 9 digits (41, 4113, 411328, 411328110); find one by name with GET /api/v1/areas?q=唐河.";

    private readonly ServiceFactory _service = new();

    public void Dispose() => _service.Dispose();

    [Theory]
    [InlineData("/api/v1/rollups/applications?area=唐河")]
    [InlineData("/api/v1/completeness?area=唐河&year=2020")]
    [InlineData("/api/v1/cells?area=唐河")]
    [InlineData("/api/v1/townships?area=唐河")]
    [InlineData("/api/v1/reports?area=唐河")]
    public async Task A_name_for_area_gets_400_pointing_to_the_search(string url)
    {
        await AssertHintAsync(await _service.CreateClient().GetAsync(url));
    }

    [Fact]
    public async Task An_import_with_a_name_for_area_gets_400_pointing_to_the_search()
    {
        using var body = new StringContent("上屯镇人民政府2020年政府信息公开工作年度报告", Encoding.UTF8, "text/plain");
        await AssertHintAsync(await _service.CreateAdminClient().PostAsync("/api/v1/imports?area=唐河", body));
    }

    private static async Task AssertHintAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var error = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray())!;
        Assert.Equal("area", (string?)error["parameter"]);
        Assert.Equal("invalid-area", (string?)error["code"]);
        Assert.Equal(Detail, (string?)error["detail"]);
    }
}
