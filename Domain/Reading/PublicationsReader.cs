using System.Text.Json;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;

namespace Disclosure.Domain.Reading;

/// <summary>Reads the parts of a report outside the tables: publications, narrative, acknowledged rules.</summary>
internal sealed class PublicationsReader(ReadContext context)
{
    public Publications? ReadPublications(JsonElement element, string pointer)
    {
        if (!context.ExpectObject(element, pointer)) return null;
        long? interpretations = null;
        var keyDomains = new List<KeyDomainItems>();
        foreach (var (name, value, at) in context.Members(element, pointer, n => n is "policyInterpretations" or "keyDomains"))
        {
            if (name == "policyInterpretations")
                interpretations = context.ReadCell(value, at, CellKind.Count);
            else if (context.ExpectArray(value, at) && context.WithinLimit(value, at, ReadLimits.MaxKeyDomains))
                keyDomains = ReadKeyDomains(value, at);
        }
        return new Publications(interpretations, keyDomains);
    }

    private List<KeyDomainItems> ReadKeyDomains(JsonElement array, string pointer)
    {
        var items = new List<KeyDomainItems>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var at = JsonPointer.Append(pointer, index++);
            if (ReadKeyDomain(element, at) is not { } item) continue;
            if (item.Domain != KeyDomains.Other && !seen.Add(item.Domain))
                context.Add(JsonPointer.Append(at, "domain"), ProblemCodes.DuplicateDomain, $"Domain '{item.Domain}' is listed more than once.");
            items.Add(item);
        }
        return items;
    }

    private KeyDomainItems? ReadKeyDomain(JsonElement element, string pointer)
    {
        if (!context.ExpectObject(element, pointer)) return null;
        string? domain = null, label = null;
        long? count = null;
        var members = context.Members(element, pointer, n => n is "domain" or "items" or "label");
        foreach (var (name, value, at) in members)
        {
            switch (name)
            {
                case "domain":
                    domain = context.ReadString(value, at);
                    if (domain is not null && KeyDomains.Find(domain) is null)
                    {
                        context.Add(at, ProblemCodes.InvalidValue, $"'{ReadLimits.Quote(domain)}' is not a key domain; use one of {string.Join(", ", KeyDomains.All.Select(d => d.Id))}.");
                        domain = null;
                    }
                    break;
                case "items":
                    count = context.ReadCell(value, at, CellKind.Count);
                    break;
                default:
                    label = context.ReadText(value, at, ReadLimits.MaxLabelLength);
                    break;
            }
        }
        context.RequireMembers(members, pointer, "domain", "items");
        if (domain == KeyDomains.Other && !members.Any(m => m.Name == "label"))
            context.Add(JsonPointer.Append(pointer, "label"), ProblemCodes.LabelRequired, "Domain 'other' needs a label saying what it is.");
        return domain is not null && count is not null ? new KeyDomainItems(domain, count.Value, label) : null;
    }

    public Narrative? ReadNarrative(JsonElement element, string pointer)
    {
        if (!context.ExpectObject(element, pointer)) return null;
        string? problems = null, otherMatters = null;
        foreach (var (name, value, at) in context.Members(element, pointer, n => n is "problems" or "otherMatters"))
        {
            var text = context.ReadText(value, at, ReadLimits.MaxNarrativeLength);
            if (name == "problems") problems = text;
            else otherMatters = text;
        }
        return new Narrative(problems, otherMatters);
    }

    public List<string> ReadAcknowledgedRules(JsonElement element, string pointer)
    {
        var rules = new List<string>();
        if (!context.ExpectArray(element, pointer) || !context.WithinLimit(element, pointer, ReadLimits.MaxAcknowledgedRules)) return rules;
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var at = JsonPointer.Append(pointer, index++);
            var rule = context.ReadString(item, at);
            if (rule is null) continue;
            if (IdentityRules.Ids.Contains(rule)) rules.Add(rule);
            else context.Add(at, ProblemCodes.InvalidValue, $"'{ReadLimits.Quote(rule)}' is not an identity rule; use one of {string.Join(", ", IdentityRules.Ids)}.");
        }
        return rules;
    }
}
