using System.Net;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http;

/// <summary>
/// The committed openapi.yaml is the document the running service serves, byte for byte.
/// Regenerate it with <c>UPDATE_OPENAPI=1 dotnet test --filter OpenApiDocumentTests</c>.
/// </summary>
public sealed class OpenApiDocumentTests : IDisposable
{
    private readonly ServiceFactory _service = new();

    public void Dispose() => _service.Dispose();

    private static string CommittedPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Disclosure.slnx")))
                    return Path.Combine(dir.FullName, "openapi.yaml");
            }
            throw new InvalidOperationException("The repository root (Disclosure.slnx) was not found above the test binaries.");
        }
    }

    [Fact]
    public async Task The_served_document_is_the_committed_openapi_yaml()
    {
        var response = await _service.CreateClient().GetAsync("/swagger/v1/swagger.yaml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = await response.Content.ReadAsStringAsync();

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
            await File.WriteAllTextAsync(CommittedPath, served);

        var committed = await File.ReadAllTextAsync(CommittedPath);
        Assert.True(committed == served,
            "openapi.yaml differs from the document the service serves. If the API change is intended, regenerate it: " +
            "UPDATE_OPENAPI=1 dotnet test --filter OpenApiDocumentTests");
    }

    [Fact]
    public async Task The_json_document_and_swagger_ui_are_served()
    {
        var client = _service.CreateClient();
        var json = await client.GetAsync("/swagger/v1/swagger.json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Contains("\"openapi\"", await json.Content.ReadAsStringAsync());

        var ui = await client.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
    }

    [Fact]
    public async Task The_document_describes_the_bridge_correctly()
    {
        var yaml = await _service.CreateClient().GetStringAsync("/swagger/v1/swagger.yaml");

        // The report is a oneOf discriminated by format.
        Assert.Contains("propertyName: format", yaml);
        Assert.Contains("#/components/schemas/Report2019", yaml);
        Assert.Contains("#/components/schemas/Report2021", yaml);
        // Path and query parameters come from FastEndpoints' definitions.
        Assert.Contains("name: revision", yaml);
        Assert.Contains("name: code", yaml);
        Assert.Contains("in: path", yaml);
        Assert.Contains("in: query", yaml);
        Assert.Contains("ProblemResponse", yaml);
    }
}
