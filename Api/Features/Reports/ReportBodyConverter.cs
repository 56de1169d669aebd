using System.Text.Json;
using System.Text.Json.Serialization;

namespace Disclosure.Api.Features.Reports;

internal sealed class ReportBodyConverter : JsonConverter<ReportBody>
{
    public override ReportBody Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Reports are read by the domain's ReportReader, never by the serializer.");

    public override void Write(Utf8JsonWriter writer, ReportBody value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8Json, skipInputValidation: true);
}
