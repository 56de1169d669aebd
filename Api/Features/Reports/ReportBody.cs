using System.Text.Json;
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

internal sealed class ReportBodyConverter : JsonConverter<ReportBody>
{
    public override ReportBody Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Reports are read by the domain's ReportReader, never by the serializer.");

    public override void Write(Utf8JsonWriter writer, ReportBody value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8Json, skipInputValidation: true);
}
