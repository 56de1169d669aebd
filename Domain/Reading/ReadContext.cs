using System.Numerics;
using System.Runtime.InteropServices;
using System.Text.Json;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Validation;

namespace Disclosure.Domain.Reading;

/// <summary>The problems found so far, and the checks every part of a report shares.</summary>
internal sealed class ReadContext
{
    /// <summary>The first <see cref="ReadLimits.MaxProblemsListed"/> problems found.</summary>
    public List<Problem> Errors { get; } = [];

    /// <summary>Every problem found, listed or not.</summary>
    public int ErrorCount { get; private set; }

    public void Add(string pointer, string code, string detail)
    {
        ErrorCount++;
        if (Errors.Count < ReadLimits.MaxProblemsListed)
            Errors.Add(new Problem(pointer, code, detail));
    }

    /// <summary>
    /// Whether <paramref name="array"/> has at most <paramref name="max"/> elements; if not, one problem on the
    /// whole array, and none of its elements is read.
    /// </summary>
    public bool WithinLimit(JsonElement array, string pointer, int max)
    {
        var length = array.GetArrayLength();
        if (length <= max) return true;
        Add(pointer, ProblemCodes.TooManyItems, $"The array has {length} entries; at most {max} are allowed.");
        return false;
    }

    public bool ExpectObject(JsonElement element, string pointer) => Expect(element, JsonValueKind.Object, pointer, "an object");

    public bool ExpectArray(JsonElement element, string pointer) => Expect(element, JsonValueKind.Array, pointer, "an array");

    /// <summary>
    /// The members of an object, first occurrences only. Repeats are reported, and so are names
    /// <paramref name="isKnown"/> rejects, so nothing the client sent is silently dropped.
    /// </summary>
    public List<(string Name, JsonElement Value, string Pointer)> Members(JsonElement obj, string pointer, Func<string, bool> isKnown)
    {
        var members = new List<(string, JsonElement, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            var memberPointer = JsonPointer.Append(pointer, property.Name);
            if (!seen.Add(property.Name))
                Add(memberPointer, ProblemCodes.DuplicateMember, $"'{ReadLimits.Quote(property.Name)}' appears more than once.");
            else if (!isKnown(property.Name))
                Add(memberPointer, ProblemCodes.UnknownMember, $"'{ReadLimits.Quote(property.Name)}' is not a member here.");
            else
                members.Add((property.Name, property.Value, memberPointer));
        }
        return members;
    }

    /// <summary>Reports each of <paramref name="required"/> that <paramref name="members"/> lacks.</summary>
    public void RequireMembers(IEnumerable<(string Name, JsonElement Value, string Pointer)> members, string pointer, params string[] required)
    {
        var present = members.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in required.Where(n => !present.Contains(n)))
            Add(JsonPointer.Append(pointer, name), ProblemCodes.MissingMember, $"'{name}' is required.");
    }

    /// <summary>A cell's value: a count, a signed change, or an amount in 万元 turned into 分.</summary>
    public long? ReadCell(JsonElement element, string pointer, CellKind kind)
    {
        if (!Expect(element, JsonValueKind.Number, pointer, "a number")) return null;
        var scale = kind == CellKind.AmountFen ? 6 : 0;
        BigInteger value;
        if (ExactNumber.TryScaleShort(JsonMarshal.GetRawUtf8Value(element), scale, out var shortValue))
            value = shortValue;
        else if (!ExactNumber.TryScale(element.GetRawText(), scale, out value))
        {
            if (kind == CellKind.AmountFen)
                Add(pointer, ProblemCodes.TooManyDecimals, $"An amount in 万元 has at most 6 decimals; {ReadLimits.Quote(element.GetRawText())} has more.");
            else
                Add(pointer, ProblemCodes.NotAWholeNumber, $"{ReadLimits.Quote(element.GetRawText())} is not a whole number.");
            return null;
        }

        if (value.Sign < 0 && kind != CellKind.Change)
        {
            Add(pointer, ProblemCodes.NegativeCount, $"{ReadLimits.Quote(element.GetRawText())} is negative; only a change may be.");
            return null;
        }

        var (min, max, unit) = kind switch
        {
            CellKind.Change => (-CellLimits.MaxCount, CellLimits.MaxCount, ""),
            CellKind.AmountFen => (0L, CellLimits.MaxAmountFen, " 分"),
            _ => (0L, CellLimits.MaxCount, ""),
        };
        if (value < min || value > max)
        {
            Add(pointer, ProblemCodes.OutOfRange, $"{ReadLimits.Quote(element.GetRawText())} is outside {min}..{max}{unit}.");
            return null;
        }
        return (long)value;
    }

    public int? ReadYear(JsonElement element, string pointer)
    {
        if (!Expect(element, JsonValueKind.Number, pointer, "a number")) return null;
        if (!ExactNumber.TryScale(element.GetRawText(), 0, out var value))
        {
            Add(pointer, ProblemCodes.NotAWholeNumber, $"{ReadLimits.Quote(element.GetRawText())} is not a whole number.");
            return null;
        }
        if (value < int.MinValue || value > int.MaxValue)
        {
            Add(pointer, ProblemCodes.OutOfRange, $"{ReadLimits.Quote(element.GetRawText())} is not a year.");
            return null;
        }
        return (int)value;
    }

    public string? ReadString(JsonElement element, string pointer) =>
        Expect(element, JsonValueKind.String, pointer, "a string") ? element.GetString() : null;

    /// <summary>Free text: at most <paramref name="maxLength"/> characters, no control characters but line breaks and tabs.</summary>
    public string? ReadText(JsonElement element, string pointer, int maxLength)
    {
        var text = ReadString(element, pointer);
        if (text is null) return null;
        var ok = true;
        if (text.Length > maxLength)
        {
            Add(pointer, ProblemCodes.TextTooLong, $"The text has {text.Length} characters; at most {maxLength} are allowed.");
            ok = false;
        }
        var bad = text.IndexOfAny(ControlCharacters);
        if (bad >= 0)
        {
            Add(pointer, ProblemCodes.InvalidCharacter, $"Control character U+{(int)text[bad]:X4} at position {bad}.");
            ok = false;
        }
        return ok ? text : null;
    }

    private static readonly char[] ControlCharacters =
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))];

    private bool Expect(JsonElement element, JsonValueKind kind, string pointer, string what)
    {
        if (element.ValueKind == kind) return true;
        Add(pointer, ProblemCodes.WrongType, $"Expected {what}, found {Describe(element.ValueKind)}.");
        return false;
    }

    /// <summary>What a JSON value of <paramref name="kind"/> is, as a problem names what it found instead.</summary>
    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
