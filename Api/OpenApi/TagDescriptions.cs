using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Disclosure.Api.OpenApi;

/// <summary>What each group of operations (the endpoints' tags) is for.</summary>
public sealed class TagDescriptions : IDocumentFilter
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["Imports"] = "Published reports (web pages, PDF and Word files, text) read into reports by their printed labels: a dry run, or stored.",
        ["Keys"] = "Township API keys: the admin issues, lists and revokes them.",
        ["Quality"] = "What looks wrong: the county's worklist of flagged, missing and implausible reports (outliers O1–O3, warnings X1–X4), returned reports and unexplained findings.",
        ["Operations"] = "Running the service: health for load balancers, consistent backups of the database.",
        ["Registry"] = "The statistical division registry: provinces, cities, counties and township-level units.",
        ["Reports"] = "Townships' annual reports: submit, validate, correct, read back, every revision.",
        ["Reviews"] = "The county's review: accept (lock), return, unlock, withdraw, every change kept; townships' explanations of their reports' findings.",
        ["Tables"] = "The national tables 二, 三 and 四 of an area as the format prints them: JSON, an Excel workbook, a printable page.",
        ["Rollups"] = "Sums for dashboards and analysts, by year and division, in JSON or tidy CSV; completeness; every cell.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        foreach (var tag in document.Tags ?? Enumerable.Empty<OpenApiTag>())
        {
            if (tag.Name is { } name && Descriptions.TryGetValue(name, out var description))
                tag.Description = description;
        }
    }
}
