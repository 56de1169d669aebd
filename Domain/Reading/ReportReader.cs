using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;

namespace Disclosure.Domain.Reading;

/// <summary>
/// Reads a report in the contract JSON strictly, and reports every problem at once: a client fixing
/// its export wants the whole list, not one error per round trip.
/// </summary>
public static class ReportReader
{
    private const string TownshipCode = "townshipCode";
    private const string Year = "year";
    private const string Format = "format";
    private const string Publications = "publications";
    private const string Narrative = "narrative";
    private const string AcknowledgedRules = "acknowledgedRules";
    private const string PublishedAt = "publishedAt";

    private static readonly string[] Sections = [ProactiveTables.Section, ApplicationTables.Section, ReviewLitigationTable.Section];
    private static readonly HashSet<string> TopLevel =
        [TownshipCode, Year, Format, .. Sections, Publications, Narrative, PublishedAt, AcknowledgedRules];

    public static ReadResult Read(ReadOnlyMemory<byte> utf8Json)
    {
        if (utf8Json.Span.StartsWith("\uFEFF"u8)) utf8Json = utf8Json[3..];
        if (!Utf8.IsValid(utf8Json.Span))
            return Invalid("", "The body is not valid UTF-8.");
        if (SyntaxCheck.FindError(utf8Json.Span) is { } syntax)
            return Invalid(syntax.Pointer, syntax.Detail);

        // Parsed where it lies, not copied: the document lives only as long as this call.
        using var document = JsonDocument.Parse(utf8Json);
        return Read(document.RootElement);
    }

    private static ReadResult Read(JsonElement root)
    {
        var context = new ReadContext();
        if (!context.ExpectObject(root, "")) return new ReadResult(null, context.Errors, context.ErrorCount);

        var members = context.Members(root, "", TopLevel.Contains);
        context.RequireMembers(members, "", [TownshipCode, Year, .. Sections]);
        if (!members.Any(m => m.Name == Format))
            context.Add("/format", ProblemCodes.MissingMember, "'format' is required; without it the tables' shapes were not checked.");
        var byName = members.ToDictionary(m => m.Name, m => (m.Value, m.Pointer), StringComparer.Ordinal);

        var townshipCode = Optional(byName, TownshipCode, (v, p) => ReadTownshipCode(context, v, p));
        var year = Optional(byName, Year, (v, p) => context.ReadYear(v, p));
        var format = Optional(byName, Format, (v, p) => ReadFormat(context, v, p));

        var layout = format is null ? null : TableReader.LayoutOf(format, root);
        var tables = format is null ? null : new TableReader(context, format, layout!);
        foreach (var section in Sections)
        {
            if (!byName.TryGetValue(section, out var member)) continue;
            if (tables is not null && layout!.Shape.Child(section) is { } shape) tables.Read(shape, member.Value);
            else context.ExpectObject(member.Value, member.Pointer);
        }

        var more = new PublicationsReader(context);
        var publications = Optional(byName, Publications, more.ReadPublications);
        var narrative = Optional(byName, Narrative, more.ReadNarrative);
        var acknowledged = Optional(byName, AcknowledgedRules, more.ReadAcknowledgedRules) ?? [];
        var publishedAt = byName.TryGetValue(PublishedAt, out var published) ? ReadDate(context, published.Value, published.Pointer) : null;

        if (context.ErrorCount > 0 || townshipCode is null || year is null || format is null || tables is null)
            return new ReadResult(null, context.Errors, context.ErrorCount);

        tables.Finish();
        PublicationCells.Fill(format, tables.Values, publications);
        Totals.Derive(format, tables.Values, tables.Present);
        var report = new Report(townshipCode, year.Value, format, tables.Values, publications, narrative, acknowledged) { PublishedAt = publishedAt };
        return new ReadResult(report, [], 0);
    }

    private static T? Optional<T>(Dictionary<string, (JsonElement Value, string Pointer)> members, string name, Func<JsonElement, string, T?> read) =>
        members.TryGetValue(name, out var member) ? read(member.Value, member.Pointer) : default;

    private static int? Optional(Dictionary<string, (JsonElement Value, string Pointer)> members, string name, Func<JsonElement, string, int?> read) =>
        members.TryGetValue(name, out var member) ? read(member.Value, member.Pointer) : null;

    private static string? ReadTownshipCode(ReadContext context, JsonElement value, string pointer)
    {
        var code = context.ReadString(value, pointer);
        if (code is null) return null;
        if (DivisionCode.IsTownshipCode(code)) return code;
        context.Add(pointer, ProblemCodes.InvalidValue, $"'{ReadLimits.Quote(code)}' is not a 9-digit township code.");
        return null;
    }

    private static DateOnly? ReadDate(ReadContext context, JsonElement value, string pointer)
    {
        var text = context.ReadString(value, pointer);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        context.Add(pointer, ProblemCodes.InvalidValue, $"'{ReadLimits.Quote(text)}' is not a date written YYYY-MM-DD.");
        return null;
    }

    private static ReportFormat? ReadFormat(ReadContext context, JsonElement value, string pointer)
    {
        var id = context.ReadString(value, pointer);
        if (id is null) return null;
        var format = ReportFormats.Find(id);
        if (format is null)
            context.Add(pointer, ProblemCodes.InvalidValue,
                $"'{ReadLimits.Quote(id)}' is not a format; use one of {string.Join(", ", ReportFormats.All.Select(f => $"\"{f.Id}\""))}. The tables were not checked.");
        return format;
    }

    private static ReadResult Invalid(string pointer, string detail) =>
        new(null, [new Problem(pointer, ProblemCodes.InvalidJson, detail)], 1);
}
