using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Http.Tables;

/// <summary>GET /api/v1/formats/{format}/tables: a format's tables as a blank form, laid out as a stored report's are.</summary>
public sealed class FormatTablesTests : IDisposable
{
    private readonly ServiceFactory _service = new();

    public void Dispose() => _service.Dispose();

    private static IEnumerable<JsonNode> Figures(JsonNode set) =>
        set["tables"]!.AsArray().SelectMany(t => t!["rows"]!.AsArray()).SelectMany(r => r!["cells"]!.AsArray()).Where(c => c!["cell"] is not null)!;

    [Theory]
    [InlineData("2019", "shangtun-2020.json", 2020, "2019")]
    [InlineData("2021", "township-2021.json", 2022, "2021")]
    public async Task The_blank_form_has_exactly_the_cells_and_labels_of_a_stored_reports_tables_every_value_0(string format, string sample, int year, string layout)
    {
        var admin = _service.CreateAdminClient();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync(Routes.Reports(), ServiceFactory.Json(Samples.Text(sample)))).StatusCode);
        var township = (string)Samples.Node(sample)["townshipCode"]!;
        var stored = JsonNode.Parse(await admin.GetStringAsync(Routes.Tables(area: township, year: year)))!["formats"]![0]!;

        var response = await admin.GetAsync(Routes.FormatTables(format));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var blank = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(format, (string?)blank["format"]);
        Assert.Equal(layout, (string?)blank["layout"]);
        Assert.Equal(0, (int)blank["reports"]!);
        Assert.Equal(Figures(stored).Select(c => (string)c["cell"]!), Figures(blank).Select(c => (string)c["cell"]!));
        Assert.All(Figures(blank), c => Assert.Equal("0", c["value"]!.ToJsonString()));
        Assert.Equal(
            stored["tables"]!.AsArray().Select(t => t!["rows"]!.AsArray().Select(r => string.Join("|", r!["cells"]!.AsArray().Select(c => (string?)c!["text"])))),
            blank["tables"]!.AsArray().Select(t => t!["rows"]!.AsArray().Select(r => string.Join("|", r!["cells"]!.AsArray().Select(c => (string?)c!["text"])))));
    }

    [Fact]
    public async Task A_layout_of_the_format_prints_its_rows_and_an_unknown_format_or_layout_is_not_found()
    {
        var client = _service.CreateClient();

        var undivided = JsonNode.Parse(await client.GetStringAsync(Routes.FormatTables("2021", layout: "2021-undivided-other")))!;
        var cells = Figures(undivided).Select(c => (string)c["cell"]!).ToList();
        Assert.Equal("2021-undivided-other", (string?)undivided["layout"]);
        Assert.Contains("/applications/results/otherHandling/naturalPerson", cells);
        Assert.DoesNotContain("/applications/results/otherHandling/overdueFee/naturalPerson", cells);

        foreach (var path in new[] { Routes.FormatTables("2020"), Routes.FormatTables("2019", layout: "2021") })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("/problems/not-found", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]);
        }
    }
}
