using System.Text.Json.Serialization;
using Disclosure.Domain.Reports;

namespace Disclosure.Api.Features.Reports;

/// <summary>
/// A report in the contract's JSON, written by the domain's own writer so that amounts stay exact
/// decimals. OpenAPI describes it as the <c>Report</c> schema.
/// </summary>
[JsonConverter(typeof(ReportBodyConverter))]
public sealed class ReportBody(byte[] utf8Json)
{
    public byte[] Utf8Json { get; } = utf8Json;

    public static ReportBody Of(Report report) => new(ReportJson.ToUtf8Bytes(report));
}
