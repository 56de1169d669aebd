using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http.Security;

public sealed class LimitsTests
{
    [Fact]
    public async Task A_body_over_the_limit_gets_413_and_nothing_is_stored()
    {
        using var service = new ServiceFactory();
        var admin = service.CreateAdminClient();
        var padding = new string(' ', 1024 * 1024);
        var tooLarge = Samples.Text("shangtun-2020.json").Insert(1, padding);

        var response = await admin.PostAsync(Routes.Reports(), ServiceFactory.Json(tooLarge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("/problems/payload-too-large", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Routes.Report("411328110", 2020))).StatusCode);
    }

    [Fact]
    public async Task The_limit_is_configurable()
    {
        using var service = new ServiceFactory().WithWebHostBuilder(b => b.UseSetting("Limits:MaxBodyBytes", "2048"));
        var admin = service.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", ServiceFactory.AdminKey);

        var response = await admin.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text("shangtun-2020.json")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Without_an_admin_key_writes_are_refused_and_the_problem_says_why()
    {
        using var service = new ServiceFactory().WithWebHostBuilder(b => b.UseSetting("Security:AdminKey", ""));
        var client = service.CreateClient();

        var missing = await client.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text("shangtun-2020.json")));
        client.DefaultRequestHeaders.Add("X-Api-Key", "some-key");
        var anyKey = await client.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text("shangtun-2020.json")));

        foreach (var response in new[] { missing, anyKey })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var detail = (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"];
            Assert.Equal("This service has no admin key configured (Security:AdminKey), so it accepts no writes until one is set.", detail);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Deep_nesting_is_refused_with_a_pointer()
    {
        using var service = new ServiceFactory();
        var deep = "{\"townshipCode\":" + new string('[', 5000) + new string(']', 5000) + "}";

        var response = await service.CreateAdminClient().PostAsync(Routes.Reports(), ServiceFactory.Json(deep));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        Assert.Contains(errors, e => (string?)e!["code"] == "invalid-json");
    }
}
