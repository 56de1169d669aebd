using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;

namespace Disclosure.Persistence;

/// <summary>
/// The JSON columns of <c>report_revisions</c>: compact, camelCase, Chinese kept as is, absent members for nulls.
/// Stored through shapes of their own so that renaming a domain type never changes what is on disk.
/// An empty value is stored as SQL NULL.
/// </summary>
internal static class StoredJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string? WriteExtras(Report report)
    {
        if (report.Publications is null && report.Narrative is null && report.AcknowledgedRules.Count == 0)
            return null;

        var extras = new ExtrasJson(
            report.Publications is { } p
                ? new PublicationsJson(p.PolicyInterpretations, p.KeyDomains.Select(k => new KeyDomainJson(k.Domain, k.Items, k.Label)).ToArray())
                : null,
            report.Narrative is { } n ? new NarrativeJson(n.Problems, n.OtherMatters) : null,
            report.AcknowledgedRules.Count == 0 ? null : report.AcknowledgedRules.ToArray());
        return JsonSerializer.Serialize(extras, Options);
    }

    public static (Publications? Publications, Narrative? Narrative, IReadOnlyList<string> AcknowledgedRules) ReadExtras(string? json)
    {
        if (json is null) return (null, null, []);
        var extras = JsonSerializer.Deserialize<ExtrasJson>(json, Options)
            ?? throw new InvalidDataException("Stored extras are the JSON null.");
        return (
            extras.Publications is { } p
                ? new Publications(p.PolicyInterpretations, (p.KeyDomains ?? []).Select(k => new KeyDomainItems(k.Domain, k.Items, k.Label)).ToArray())
                : null,
            extras.Narrative is { } n ? new Narrative(n.Problems, n.OtherMatters) : null,
            extras.AcknowledgedRules ?? []);
    }

    public static string? WriteViolations(IReadOnlyList<Violation> violations) =>
        violations.Count == 0 ? null
            : JsonSerializer.Serialize(violations.Select(v => new ViolationJson(v.Rule, v.Pointer, v.Expected, v.Actual)).ToArray(), Options);

    public static IReadOnlyList<Violation> ReadViolations(string? json) =>
        json is null ? []
            : (JsonSerializer.Deserialize<ViolationJson[]>(json, Options) ?? []).Select(v => new Violation(v.Rule, v.Pointer, v.Expected, v.Actual)).ToArray();

    public static string? WriteWarnings(IReadOnlyList<Warning> warnings) =>
        warnings.Count == 0 ? null
            : JsonSerializer.Serialize(warnings.Select(w => new WarningJson(w.Code, w.Message, w.Pointer)).ToArray(), Options);

    public static IReadOnlyList<Warning> ReadWarnings(string? json) =>
        json is null ? []
            : (JsonSerializer.Deserialize<WarningJson[]>(json, Options) ?? []).Select(w => new Warning(w.Code, w.Message, w.Pointer)).ToArray();

    private sealed record ExtrasJson(PublicationsJson? Publications, NarrativeJson? Narrative, string[]? AcknowledgedRules);

    private sealed record PublicationsJson(long? PolicyInterpretations, KeyDomainJson[]? KeyDomains);

    private sealed record KeyDomainJson(string Domain, long Items, string? Label);

    private sealed record NarrativeJson(string? Problems, string? OtherMatters);

    private sealed record ViolationJson(string Rule, string Pointer, long Expected, long Actual);

    private sealed record WarningJson(string Code, string Message, string Pointer);
}
