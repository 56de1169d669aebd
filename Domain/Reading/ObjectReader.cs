using System.Text.Json;
using System.Text.Unicode;
using Disclosure.Domain.Validation;

namespace Disclosure.Domain.Reading;

/// <summary>
/// A small request body that is one JSON object of a few named members (a review decision, an explanation), read as
/// strictly as a report: every problem at once, each with its pointer and code; unknown and repeated members are
/// problems, never dropped. Read the members with <see cref="Text"/>, <see cref="Integer"/> and <see cref="Boolean"/>,
/// then look at <see cref="Errors"/>.
/// </summary>
public sealed class ObjectReader
{
    private readonly ReadContext _context = new();
    private readonly Dictionary<string, (JsonElement Value, string Pointer)> _members = new(StringComparer.Ordinal);

    private ObjectReader() { }

    /// <summary>The problems found so far (at most the first <see cref="ReadLimits.MaxProblemsListed"/>).</summary>
    public IReadOnlyList<Problem> Errors => _context.Errors;

    /// <summary>Every problem found, listed or not.</summary>
    public int ErrorCount => _context.ErrorCount;

    /// <summary>Reads <paramref name="utf8Json"/>: one object whose members are among <paramref name="known"/>, with every one of <paramref name="required"/>.</summary>
    public static ObjectReader Read(ReadOnlySpan<byte> utf8Json, IReadOnlyCollection<string> known, params string[] required)
    {
        var reader = new ObjectReader();
        if (utf8Json.StartsWith("\uFEFF"u8)) utf8Json = utf8Json[3..];
        if (!Utf8.IsValid(utf8Json))
        {
            reader.Add("", ProblemCodes.InvalidJson, "The body is not valid UTF-8.");
            return reader;
        }
        if (SyntaxCheck.FindError(utf8Json) is { } syntax)
        {
            reader.Add(syntax.Pointer, ProblemCodes.InvalidJson, syntax.Detail);
            return reader;
        }

        var document = JsonDocument.Parse(utf8Json.ToArray());
        var root = document.RootElement.Clone();
        document.Dispose();
        if (!reader._context.ExpectObject(root, ""))
            return reader;
        var members = reader._context.Members(root, "", known.Contains);
        reader._context.RequireMembers(members, "", required);
        foreach (var (name, value, pointer) in members)
            reader._members[name] = (value, pointer);
        return reader;
    }

    /// <summary>Whether the member was sent (and is known).</summary>
    public bool Has(string name) => _members.ContainsKey(name);

    public void Add(string pointer, string code, string detail) => _context.Add(pointer, code, detail);

    /// <summary>
    /// A member that is a string of at most <paramref name="maxLength"/> characters, no control characters but line
    /// breaks and tabs. Null when absent or not such a string (the problem is recorded).
    /// </summary>
    public string? String(string name, int maxLength) =>
        _members.TryGetValue(name, out var member) ? _context.ReadText(member.Value, member.Pointer, maxLength) : null;

    /// <summary>A member that is free text: a <see cref="String"/> that is not blank.</summary>
    public string? Text(string name, int maxLength)
    {
        var text = String(name, maxLength);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            Add(_members[name].Pointer, ProblemCodes.InvalidValue, $"'{name}' is blank.");
            return null;
        }
        return text;
    }

    /// <summary>A member that is a whole number within <paramref name="min"/>..<paramref name="max"/>; null when absent or not.</summary>
    public int? Integer(string name, int min, int max)
    {
        if (!_members.TryGetValue(name, out var member)) return null;
        var (value, pointer) = member;
        if (value.ValueKind != JsonValueKind.Number)
        {
            Add(pointer, ProblemCodes.WrongType, $"Expected a number, found {ReadContext.Describe(value.ValueKind)}.");
            return null;
        }
        if (!ExactNumber.TryScale(value.GetRawText(), 0, out var whole))
        {
            Add(pointer, ProblemCodes.NotAWholeNumber, $"{ReadLimits.Quote(value.GetRawText())} is not a whole number.");
            return null;
        }
        if (whole < min || whole > max)
        {
            Add(pointer, ProblemCodes.OutOfRange, $"{ReadLimits.Quote(value.GetRawText())} is outside {min}..{max}.");
            return null;
        }
        return (int)whole;
    }

    /// <summary>A member that is true or false; null when absent or not a boolean.</summary>
    public bool? Boolean(string name)
    {
        if (!_members.TryGetValue(name, out var member)) return null;
        if (member.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            return member.Value.GetBoolean();
        Add(member.Pointer, ProblemCodes.WrongType, $"Expected a boolean, found {ReadContext.Describe(member.Value.ValueKind)}.");
        return null;
    }
}
