using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.OpenApi;

/// <summary>Every example in the served OpenAPI document validates against the schema it illustrates.</summary>
public sealed class OpenApiExampleTests : IDisposable
{
    private readonly ServiceFactory _service = new();

    public void Dispose() => _service.Dispose();

    private async Task<JsonObject> DocumentAsync() =>
        JsonNode.Parse(await _service.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!.AsObject();

    /// <summary>Each media type's examples (inline or referenced) and the schema they illustrate, named by where they are.</summary>
    private static IEnumerable<(string Where, JsonNode Schema, JsonNode? Example)> Examples(JsonObject document, SchemaSubset validator)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var contents = new List<(string, JsonObject)>();
                if (operation!["requestBody"]?["content"] is JsonObject body) contents.Add(("request", body));
                foreach (var (status, response) in operation["responses"]?.AsObject() ?? [])
                {
                    if (response!["content"] is JsonObject content) contents.Add((status, content));
                }
                foreach (var (part, content) in contents)
                {
                    foreach (var (mediaType, media) in content)
                    {
                        var where = $"{method.ToUpperInvariant()} {path} {part} {mediaType}";
                        if (media!["schema"] is not { } schema) continue;
                        if (media.AsObject().TryGetPropertyValue("example", out var example))
                            yield return (where, schema, example);
                        foreach (var (name, named) in media["examples"]?.AsObject() ?? [])
                        {
                            var resolved = named!["$ref"] is { } reference ? validator.Resolve((string)reference!) : named;
                            yield return ($"{where} example {name}", schema, resolved["value"]);
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public async Task Every_example_validates_against_its_schema()
    {
        var document = await DocumentAsync();
        var validator = new SchemaSubset(document);

        var examples = Examples(document, validator).ToList();
        var failures = examples.SelectMany(e => validator.Errors(e.Schema, e.Example).Select(error => $"{e.Where}: {error}")).ToList();

        Assert.Empty(failures);
        // The rollups' examples, the report examples of every operation that takes a report, problems, CSV.
        Assert.Contains(examples, e => e.Where == "GET /api/v1/rollups/applications 200 application/json");
        Assert.Contains(examples, e => e.Where == "GET /api/v1/rollups/review-litigation 200 application/json");
        Assert.Contains(examples, e => e.Where == "POST /api/v1/reports request application/json example format2021");
        // The review's: its answers, the bodies it takes, its problems and the lock's.
        Assert.Contains(examples, e => e.Where == "POST /api/v1/townships/{code}/reports/{year}/reviews 200 application/json");
        Assert.Contains(examples, e => e.Where == "POST /api/v1/townships/{code}/reports/{year}/reviews 409 application/problem+json example unexplainedFindings");
        Assert.Contains(examples, e => e.Where == "POST /api/v1/townships/{code}/reports/{year}/explanations request application/json example warning");
        Assert.Contains(examples, e => e.Where == "POST /api/v1/reports 409 application/problem+json example reportLocked");
        Assert.True(examples.Count >= 20, $"{examples.Count} examples");
    }

    [Fact]
    public async Task The_validator_finds_what_a_wrong_example_breaks()
    {
        var document = await DocumentAsync();
        var validator = new SchemaSubset(document);
        var rollup = validator.Resolve("#/components/schemas/ApplicationsRollup");
        var example = document["paths"]![Routes.Rollup("applications")]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["example"]!.DeepClone();
        Assert.Empty(validator.Errors(rollup, example));

        var group = example["groups"]![0]!;
        group["key"]!["year"] = "2020";
        group["applications"]!["results"]!["otherHandling"]!.AsObject().Remove("dividedReports");
        group["applications"]!["newlyReceived"]!["typo"] = 1;
        group["applications"]!["results"]!["disclosureRate"] = null;
        group["flagged"] = -1;
        example["area"] = "41x";

        Assert.Equal(
        [
            "/area: \"41x\" does not match ^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3})?)?)?$",
            "/groups/0/key/year: expected integer, got String",
            "/groups/0/flagged: -1 is below the minimum 0",
            "/groups/0/applications/newlyReceived: typo is not allowed",
            "/groups/0/applications/results/otherHandling: dividedReports is required",
        ], validator.Errors(rollup, example));
    }
}
