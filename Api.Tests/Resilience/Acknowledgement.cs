using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Tests.Infrastructure;

namespace Disclosure.Api.Tests.Resilience;

/// <summary>
/// What the service acknowledged of a submission: where the report is, its revision and ETag, and the report as
/// stored. The resilience tests check that every acknowledged report survives what they do to the service.
/// </summary>
public sealed record Acknowledgement(string Location, int Revision, string ETag, JsonNode Report)
{
    /// <summary>上屯镇's 2020 report as JSON, filed for <paramref name="townshipCode"/> with <paramref name="policyInterpretations"/>.</summary>
    public static string ReportJson(string townshipCode, long policyInterpretations)
    {
        var report = Samples.FiledAs(townshipCode);
        report["publications"]!["policyInterpretations"] = policyInterpretations;
        return report.ToJsonString();
    }

    /// <summary>Submits <see cref="ReportJson"/> of the township, as <see cref="SubmitAsync(HttpClient, string, bool)"/>.</summary>
    public static Task<Acknowledgement> SubmitAsync(HttpClient client, string townshipCode, long policyInterpretations, bool firstRevision = false) =>
        SubmitAsync(client, ReportJson(townshipCode, policyInterpretations), firstRevision);

    /// <summary>
    /// Submits <paramref name="json"/> and fails the test unless the service stored it: 201, or 200 for a later
    /// revision unless <paramref name="firstRevision"/>.
    /// </summary>
    public static async Task<Acknowledgement> SubmitAsync(HttpClient client, string json, bool firstRevision = false)
    {
        using var response = await client.PostAsync(Routes.Reports(), ServiceFactory.Json(json));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created || (!firstRevision && response.StatusCode == HttpStatusCode.OK), $"{(int)response.StatusCode}: {body}");
        var answer = JsonNode.Parse(body)!;
        return new Acknowledgement(response.Headers.Location!.OriginalString, (int)answer["revision"]!, response.Headers.ETag!.ToString(), answer["report"]!);
    }
}
