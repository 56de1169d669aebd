using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http.Security;

public sealed class RateLimitTests
{
    [Fact]
    public async Task A_township_key_beyond_its_permits_gets_429_with_Retry_After_and_the_admin_key_is_not_limited()
    {
        using var service = new ServiceFactory().WithWebHostBuilder(b => b.UseSetting("Security:PermitsPerMinute", "3"));
        var admin = service.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", ServiceFactory.AdminKey);
        var issued = JsonNode.Parse(await (await admin.PostAsync(Routes.Keys("411328110"), null)).Content.ReadAsStringAsync())!;
        var township = service.CreateClient();
        township.DefaultRequestHeaders.Add("X-Api-Key", (string)issued["key"]!);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await township.PostAsync(Routes.ValidateReport, ServiceFactory.Json(Samples.Text("shangtun-2020.json")))).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], statuses);
        var refused = await township.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text("shangtun-2020.json")));
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("/problems/too-many-requests", (string?)JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["type"]);

        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync(Routes.ValidateReport, ServiceFactory.Json(Samples.Text("shangtun-2020.json")))).StatusCode);
        // Reads are not limited either.
        Assert.Equal(HttpStatusCode.OK, (await township.GetAsync("/health")).StatusCode);
    }
}
