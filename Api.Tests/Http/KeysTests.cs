using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http;

public sealed class KeysTests : IDisposable
{
    private static readonly string Keys = Routes.Keys("411328110");

    private readonly ServiceFactory _service = new();
    private readonly HttpClient _admin;

    public KeysTests() => _admin = _service.CreateAdminClient();

    public void Dispose() => _service.Dispose();

    private static async Task<JsonObject> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    private HttpClient ClientWithKey(string key)
    {
        var client = _service.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private async Task<(string Id, string Key)> IssueAsync(string township = "411328110")
    {
        var response = await _admin.PostAsync(Routes.Keys(township), null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await BodyAsync(response);
        return ((string)body["id"]!, (string)body["key"]!);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await BodyAsync(response);
        Assert.Equal(type, (string?)problem["type"]);
        Assert.Equal((int)status, (int?)problem["status"]);
    }

    [Fact]
    public async Task The_admin_issues_a_key_that_is_shown_once_and_never_listed()
    {
        var before = DateTime.UtcNow;
        var response = await _admin.PostAsync(Keys, null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(Keys, response.Headers.Location!.OriginalString);
        Assert.True(response.Headers.CacheControl!.NoStore);
        var body = await BodyAsync(response);
        Assert.Equal(["id", "townshipCode", "key", "createdAt"], body.Select(p => p.Key));
        var id = (string)body["id"]!;
        var key = (string)body["key"]!;
        Assert.Matches("^[0-9a-f]{16}$", id);
        Assert.Equal("411328110", (string?)body["townshipCode"]);
        Assert.Matches($"^tk_{id}_[A-Za-z0-9_-]{{43}}$", key);
        var createdAt = (DateTime)body["createdAt"]!;
        Assert.InRange(createdAt, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));

        var listing = await _admin.GetAsync(Keys);
        Assert.Equal(HttpStatusCode.OK, listing.StatusCode);
        var text = await listing.Content.ReadAsStringAsync();
        Assert.DoesNotContain(key[(4 + id.Length)..], text);
        Assert.DoesNotContain("tk_", text);
        var list = JsonNode.Parse(text)!.AsObject();
        Assert.Equal("411328110", (string?)list["townshipCode"]);
        var only = Assert.Single(list["keys"]!.AsArray())!.AsObject();
        Assert.Equal(["id", "createdAt", "revokedAt"], only.Select(p => p.Key));
        Assert.Equal(id, (string?)only["id"]);
        Assert.Equal(createdAt, (DateTime)only["createdAt"]!);
        Assert.Null(only["revokedAt"]);

        // Another township's list does not show it; a second key gets another id and secret.
        var other = await BodyAsync(await _admin.GetAsync(Routes.Keys("411328101")));
        Assert.Empty(other["keys"]!.AsArray());
        var (secondId, secondKey) = await IssueAsync();
        Assert.NotEqual(id, secondId);
        Assert.NotEqual(key[^43..], secondKey[^43..]);
        Assert.Equal([id, secondId], (await BodyAsync(await _admin.GetAsync(Keys)))["keys"]!.AsArray().Select(k => (string)k!["id"]!));
    }

    [Fact]
    public async Task A_township_key_submits_its_own_townships_report_and_is_named_as_its_submitter()
    {
        var (id, key) = await IssueAsync();
        var township = ClientWithKey(key);

        var created = await township.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text("shangtun-2020.json")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var revisions = await BodyAsync(await township.GetAsync(Routes.Revisions("411328110", 2020)));
        var only = Assert.Single(revisions["revisions"]!.AsArray());
        Assert.Equal(id, (string?)only!["submittedBy"]);

        var put = await township.PutAsync(Routes.Report("411328110", 2020), ServiceFactory.Json(Samples.Text("shangtun-2020.json")));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var validate = await township.PostAsync(Routes.ValidateReport, ServiceFactory.Json(Samples.Text("shangtun-2020.json")));
        Assert.Equal(HttpStatusCode.OK, validate.StatusCode);
    }

    [Fact]
    public async Task A_township_key_may_not_submit_another_townships_report()
    {
        var (_, key) = await IssueAsync();
        var township = ClientWithKey(key);

        var response = await township.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.FiledAs("411328101").ToJsonString()));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "/problems/forbidden");
        Assert.Equal("This key may submit only township 411328110's reports, not 411328101's.", (string?)(await BodyAsync(response))["detail"]);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync(Routes.Report("411328101", 2020))).StatusCode);
    }

    [Fact]
    public async Task A_township_key_may_not_issue_list_or_revoke_keys()
    {
        var (id, key) = await IssueAsync();
        var township = ClientWithKey(key);

        var issue = await township.PostAsync(Keys, null);
        await AssertProblemAsync(issue, HttpStatusCode.Forbidden, "/problems/forbidden");
        Assert.Equal("This key may not do that.", (string?)(await BodyAsync(issue))["detail"]);
        await AssertProblemAsync(await township.GetAsync(Keys), HttpStatusCode.Forbidden, "/problems/forbidden");
        await AssertProblemAsync(await township.DeleteAsync(Routes.Key("411328110", id)), HttpStatusCode.Forbidden, "/problems/forbidden");
        await AssertProblemAsync(await township.PostAsync(Routes.Keys("411328101"), null), HttpStatusCode.Forbidden, "/problems/forbidden");

        Assert.Single((await BodyAsync(await _admin.GetAsync(Keys)))["keys"]!.AsArray());
    }

    [Fact]
    public async Task Missing_unknown_and_malformed_keys_get_401()
    {
        var (id, key) = await IssueAsync();
        var anonymous = _service.CreateClient();
        var missing = await anonymous.PostAsync(Keys, null);
        await AssertProblemAsync(missing, HttpStatusCode.Unauthorized, "/problems/unauthorized");
        Assert.Equal("Writes need an API key in the X-Api-Key header.", (string?)(await BodyAsync(missing))["detail"]);
        await AssertProblemAsync(await anonymous.GetAsync(Keys), HttpStatusCode.Unauthorized, "/problems/unauthorized");
        await AssertProblemAsync(await anonymous.DeleteAsync(Routes.Key("411328110", id)), HttpStatusCode.Unauthorized, "/problems/unauthorized");

        // A well-formed key with a wrong secret, an id that was never issued, and things that are not keys at all.
        var wrongSecret = key[..^2] + (key[^2] == 'A' ? "BA" : "AA");
        string[] refused = [wrongSecret, $"tk_0000000000000000_{key[^43..]}", key[..^1], key + "A", key.ToUpperInvariant(), "tk_", "not-a-key"];
        foreach (var bad in refused)
        {
            var client = ClientWithKey(bad);
            var submit = await client.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text("shangtun-2020.json")));
            await AssertProblemAsync(submit, HttpStatusCode.Unauthorized, "/problems/unauthorized");
            Assert.Equal("The key in the X-Api-Key header is not known.", (string?)(await BodyAsync(submit))["detail"]);
            Assert.Equal("ApiKey header=\"X-Api-Key\"", submit.Headers.WwwAuthenticate.ToString());
            await AssertProblemAsync(await client.GetAsync(Keys), HttpStatusCode.Unauthorized, "/problems/unauthorized");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync(Routes.Report("411328110", 2020))).StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_gets_401_like_an_unknown_one()
    {
        var (id, key) = await IssueAsync();
        var (keptId, kept) = await IssueAsync();
        var township = ClientWithKey(key);
        Assert.Equal(HttpStatusCode.Created, (await township.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text("shangtun-2020.json")))).StatusCode);

        var before = DateTime.UtcNow;
        var revoked = await _admin.DeleteAsync(Routes.Key("411328110", id));
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal("", await revoked.Content.ReadAsStringAsync());

        var refused = await township.PutAsync(Routes.Report("411328110", 2020), ServiceFactory.Json(Samples.Text("shangtun-2020.json")));
        await AssertProblemAsync(refused, HttpStatusCode.Unauthorized, "/problems/unauthorized");
        Assert.Equal("The key in the X-Api-Key header is not known.", (string?)(await BodyAsync(refused))["detail"]);

        // The other key still works; the listing keeps the revoked key with its time; revoking again changes nothing.
        Assert.Equal(HttpStatusCode.OK, (await ClientWithKey(kept).PutAsync(Routes.Report("411328110", 2020), ServiceFactory.Json(Samples.Text("shangtun-2020.json")))).StatusCode);
        var listed = (await BodyAsync(await _admin.GetAsync(Keys)))["keys"]!.AsArray();
        Assert.Equal([id, keptId], listed.Select(k => (string)k!["id"]!));
        var revokedAt = (DateTime)listed[0]!["revokedAt"]!;
        Assert.InRange(revokedAt, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        Assert.Null(listed[1]!["revokedAt"]);

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync(Routes.Key("411328110", id))).StatusCode);
        Assert.Equal(revokedAt, (DateTime)(await BodyAsync(await _admin.GetAsync(Keys)))["keys"]![0]!["revokedAt"]!);

        // The revision the key submitted still names it.
        var revisions = await BodyAsync(await _admin.GetAsync(Routes.Revisions("411328110", 2020)));
        Assert.Equal(id, (string?)revisions["revisions"]![0]!["submittedBy"]);
    }

    [Fact]
    public async Task Bad_codes_and_unknown_ids_get_400_and_404()
    {
        var notTownship = await _admin.PostAsync(Routes.Keys("411328999"), null);
        await AssertProblemAsync(notTownship, HttpStatusCode.NotFound, "/problems/not-found");
        Assert.Equal("No township-level unit has the code 411328999.", (string?)(await BodyAsync(notTownship))["detail"]);
        await AssertProblemAsync(await _admin.GetAsync(Routes.Keys("411328999")), HttpStatusCode.NotFound, "/problems/not-found");

        var bad = await _admin.PostAsync("/api/v1/townships/41x/keys", null);
        await AssertProblemAsync(bad, HttpStatusCode.BadRequest, "/problems/invalid-parameter");
        var error = Assert.Single((await BodyAsync(bad))["errors"]!.AsArray());
        Assert.Equal("code", (string?)error!["parameter"]);
        Assert.Equal("invalid-township-code", (string?)error["code"]);
        await AssertProblemAsync(await _admin.GetAsync("/api/v1/townships/41x/keys"), HttpStatusCode.BadRequest, "/problems/invalid-parameter");
        await AssertProblemAsync(await _admin.DeleteAsync("/api/v1/townships/41x/keys/0123456789abcdef"), HttpStatusCode.BadRequest, "/problems/invalid-parameter");

        var unknown = await _admin.DeleteAsync(Routes.Key("411328110", "0123456789abcdef"));
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound, "/problems/not-found");
        Assert.Equal("Township 411328110 has no key 0123456789abcdef.", (string?)(await BodyAsync(unknown))["detail"]);

        // A key is revoked only through its own township.
        var (id, _) = await IssueAsync();
        await AssertProblemAsync(await _admin.DeleteAsync(Routes.Key("411328101", id)), HttpStatusCode.NotFound, "/problems/not-found");
        Assert.Null((await BodyAsync(await _admin.GetAsync(Keys)))["keys"]![0]!["revokedAt"]);
    }

    [Fact]
    public async Task A_body_sent_with_an_issue_request_is_not_read()
    {
        var response = await _admin.PostAsync(Keys, ServiceFactory.Json("{\"townshipCode\": \"411328101\", \"key\": \"mine\"}"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal("411328110", (string?)body["townshipCode"]);
        Assert.StartsWith("tk_", (string)body["key"]!);
    }

    [Fact]
    public async Task The_openapi_document_shows_the_key_operations_without_bodies()
    {
        var document = JsonNode.Parse(await _service.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;
        (string Path, string Method, string Id, string[] Parameters, string[] Statuses)[] expected =
        [
            ("/api/v1/townships/{code}/keys", "post", "issueTownshipKey", ["code"], ["201", "400", "401", "403", "404", "429"]),
            ("/api/v1/townships/{code}/keys", "get", "listTownshipKeys", ["code"], ["200", "400", "401", "403", "404", "429"]),
            ("/api/v1/townships/{code}/keys/{id}", "delete", "revokeTownshipKey", ["code", "id"], ["204", "400", "401", "403", "404", "429"]),
        ];
        foreach (var (path, method, id, parameters, statuses) in expected)
        {
            var operation = document["paths"]![path]![method]!.AsObject();
            Assert.Equal(id, (string?)operation["operationId"]);
            Assert.False(operation.ContainsKey("requestBody"), $"{method} {path} has a requestBody");
            Assert.Equal(["Keys"], operation["tags"]!.AsArray().Select(t => (string)t!));
            Assert.Equal(parameters, operation["parameters"]!.AsArray().Select(p => (string)p!["name"]!));
            Assert.All(operation["parameters"]!.AsArray(), p => Assert.Equal("path", (string?)p!["in"]));
            Assert.Equal(statuses, operation["responses"]!.AsObject().Select(r => r.Key));
            Assert.True(operation["security"]![0]!.AsObject().ContainsKey("ApiKey"));
        }
    }
}
