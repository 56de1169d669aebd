using System.Text;
using System.Text.Json.Nodes;

namespace Disclosure.Api.Tests.Resilience;

/// <summary>One hostile body, and whether it can only be refused (true) or may by chance still be a valid report (false).</summary>
public sealed record HostileCase(string Name, byte[] Body, bool MustBeRefused)
{
    /// <summary>The path of the sample's report, <c>/api/v1/townships/{code}/reports/{year}</c>, for a PUT.</summary>
    public string Address { get; init; } = HostileInputs.Addresses[0];

    public override string ToString() => Name;
}

/// <summary>
/// Malformed and mutated reports made from the two samples, the same ones for the same seed: wrong types, deleted
/// and duplicated members, numbers out of every range, control characters, injection strings, deep nesting,
/// truncation, invalid UTF-8 and documents that are not objects.
/// </summary>
public static class HostileInputs
{
    /// <summary>Stands for a raw JSON token that <see cref="JsonNode"/> cannot hold (1e400, -0 …), swapped in after writing.</summary>
    private const string RawMarker = "__raw_token_9f3c__";

    public static readonly string[] SampleNames = ["shangtun-2020.json", "township-2021.json"];
    public static readonly string[] Addresses = [Routes.Report("411328110", 2020), Routes.Report("411328111", 2022)];

    public static readonly string[] HostileNumbers =
    [
        "1e400", "-1e400", "99999999999999999999", "-99999999999999999999", "-0", "-0.0", "1.5e3", "1.5", "1e-400",
        "0.0000001", "123456789012345678901234567890.5", "1E+2", "9223372036854775807", "9223372036854775808",
        "-9223372036854775809", "1000000000001", "4294967296", "2147483648", "1e18", "0e0", "-1", "1.000000000000000000001",
    ];

    public static readonly string[] HostileStrings =
    [
        "'; DROP TABLE reports;--", "\" OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "..\\..\\windows\\win.ini",
        "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "%00", "\0", "a\0b", "\u0001\u0002\u0007\u001b[31m", "\u007f\u0085\u009f",
        "\u2028\u2029", "\uFEFF", "\uFFFF", "🀄", "", " ", "411328110\0", "411328110 ", "４１１３２８１１０", "411328110'--",
        "Robert'); DROP TABLE report_revisions;--", "1; ATTACH DATABASE '/tmp/x.db' AS x;--", "null", "0", "NaN", "Infinity",
    ];

    private static readonly Func<JsonNode?>[] WrongValues =
    [
        () => JsonValue.Create("12"),
        () => JsonValue.Create("0"),
        () => JsonValue.Create(true),
        () => JsonValue.Create(false),
        () => null,
        () => new JsonArray(),
        () => new JsonArray(1, 2, 3),
        () => new JsonObject(),
        () => new JsonObject { ["naturalPerson"] = 1 },
        () => JsonValue.Create(0),
        () => JsonValue.Create(-5),
        () => JsonValue.Create(2.5),
        () => JsonValue.Create(""),
    ];

    /// <summary><paramref name="count"/> cases from the seed, the fixed structural ones first.</summary>
    public static List<HostileCase> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var samples = SampleNames.Select(Samples.Text).ToArray();
        var cases = Structural(samples[0]).ToList();
        var generators = new Func<Random, string, HostileCase>[]
        {
            WrongType, Deleted, HugeNumber, StringForNumber, ControlCharacters, LongString, Injection, DeepNesting,
            Truncated, InvalidUtf8, Duplicated, UnknownMember, InjectionMemberName, EscapedNames,
        };
        for (var i = 0; cases.Count < count; i++)
        {
            var generator = generators[i % generators.Length];
            var which = random.Next(samples.Length);
            var made = generator(random, samples[which]);
            cases.Add(made with { Name = $"{cases.Count:000} {SampleNames[which]}: {made.Name}", Address = Addresses[which] });
        }
        return cases;
    }

    private static IEnumerable<HostileCase> Structural(string sample)
    {
        yield return Refused("empty body", "");
        yield return Refused("whitespace only", " \r\n\t ");
        yield return Refused("top-level array", "[]");
        yield return Refused("top-level array of the report", $"[{sample}]");
        yield return Refused("top-level number", "2020");
        yield return Refused("top-level string", "\"411328110\"");
        yield return Refused("top-level null", "null");
        yield return Refused("top-level true", "true");
        yield return Refused("empty object", "{}");
        yield return Refused("two documents", sample + sample);
        yield return Refused("trailing comma", sample.TrimEnd()[..^1].TrimEnd() + ",}");
        yield return Refused("comment", "/* hi */" + sample);
        yield return Refused("single quotes", sample.Replace('"', '\''));
        yield return Refused("NaN literal", sample.Replace("\"year\": 2020", "\"year\": NaN"));
        yield return Refused("10,000 nested arrays", new string('[', 10_000) + new string(']', 10_000));
        yield return Refused("10,000 nested objects", string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000));
        yield return Refused("10,000 nested arrays, unclosed", new string('[', 10_000));
        yield return Refused("10,000 nested arrays in the narrative", WithRaw(sample, "narrative", new string('[', 10_000) + new string(']', 10_000)));
        yield return Refused("100,000 nested arrays", new string('[', 100_000) + new string(']', 100_000));
        yield return Refused("NUL byte alone", "\0");
        yield return new HostileCase("raw NUL inside a string", InsertInString(Bytes(sample), [0x00]), true);
        yield return new HostileCase("raw line feed inside a string", InsertInString(Bytes(sample), [0x0A]), true);
        yield return new HostileCase("invalid UTF-8 only", [0xFF, 0xFE, 0xFD], true);
        yield return new HostileCase("UTF-16 body", Encoding.Unicode.GetBytes(sample), true);
        yield return new HostileCase("UTF-8 BOM then the report", [0xEF, 0xBB, 0xBF, .. Bytes(sample)], false);
        yield return new HostileCase("overlong NUL", Bytes(sample).Take(20).Concat(new byte[] { 0xC0, 0x80 }).Concat(Bytes(sample).Skip(20)).ToArray(), true);
        yield return new HostileCase("encoded surrogate", InsertInString(Bytes(sample), [0xED, 0xA0, 0x80]), true);
        yield return Refused("escaped lone surrogate", sample.Replace("\"townshipCode\"", "\"townshipCode\\ud800\""));
        yield return Refused("escaped lone surrogate in a value", WithNarrative(sample, "\"\\udc00x\""));
        yield return Refused("duplicated top-level members", sample.Replace("\"year\":", "\"year\": 2019, \"year\":"));
        yield return Refused("duplicated format", sample.Replace("\"format\":", "\"format\": \"2021\", \"format\":"));
        yield return Refused("100,000 unknown members", "{" + string.Join(",", Enumerable.Range(0, 100_000).Select(i => $"\"{i}\":0")) + "," + sample.TrimStart()[1..]);
        yield return Refused("20,000 key domains", WithRaw(sample, "publications",
            "{\"keyDomains\": [" + string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"{{\"domain\":\"other\",\"items\":1,\"label\":\"{i}\"}}")) + "]}"));
        yield return Refused("21 acknowledged rules", WithRaw(sample, "acknowledgedRules", "[" + string.Join(",", Enumerable.Repeat("\"A1\"", 21)) + "]"));
        yield return Refused("a 500,000-character format", WithRaw(sample, "format", $"\"{new string('x', 500_000)}\""));
    }

    private static HostileCase WrongType(Random random, string sample)
    {
        var root = Parse(sample);
        var (parent, key, pointer) = PickMember(random, root);
        var replacement = WrongValues[random.Next(WrongValues.Length)]();
        Set(parent, key, replacement);
        return new HostileCase($"wrong type {Describe(replacement)} at {pointer}", Bytes(root.ToJsonString()), false);
    }

    private static HostileCase Deleted(Random random, string sample)
    {
        var root = Parse(sample);
        var (parent, key, pointer) = PickMember(random, root, objectsOnly: true);
        ((JsonObject)parent).Remove((string)key);
        return new HostileCase($"deleted {pointer}", Bytes(root.ToJsonString()), false);
    }

    private static HostileCase HugeNumber(Random random, string sample)
    {
        var root = Parse(sample);
        var (parent, key, pointer) = PickMember(random, root, numbersOnly: true);
        var number = HostileNumbers[random.Next(HostileNumbers.Length)];
        Set(parent, key, RawMarker);
        return new HostileCase($"number {number} at {pointer}", Bytes(SwapRaw(root, number)), false);
    }

    private static HostileCase StringForNumber(Random random, string sample)
    {
        var root = Parse(sample);
        var (parent, key, pointer) = PickMember(random, root, numbersOnly: true);
        var text = Get(parent, key)!.ToJsonString();
        Set(parent, key, text);
        return new HostileCase($"string \"{text}\" at {pointer}", Bytes(root.ToJsonString()), true);
    }

    private static HostileCase ControlCharacters(Random random, string sample)
    {
        var root = Parse(sample);
        var control = (char)random.Next(0, 0x20);
        var text = $"前{control}后\u0000";
        var where = PlaceText(random, root, text);
        return new HostileCase($"control character U+{(int)control:X4} and NUL in {where}", Bytes(root.ToJsonString()), true);
    }

    private static HostileCase LongString(Random random, string sample)
    {
        var root = Parse(sample);
        var length = random.Next(3) switch { 0 => 20_001, 1 => 200_000, _ => 600_000 };
        var where = PlaceText(random, root, new string('长', length));
        return new HostileCase($"{length} characters in {where}", Bytes(root.ToJsonString()), true);
    }

    private static HostileCase Injection(Random random, string sample)
    {
        var root = Parse(sample);
        var text = HostileStrings[random.Next(HostileStrings.Length)];
        var where = PlaceText(random, root, text);
        return new HostileCase($"injection {Escape(text)} in {where}", Bytes(root.ToJsonString()), false);
    }

    private static HostileCase DeepNesting(Random random, string sample)
    {
        var depth = random.Next(65, 12_000);
        var open = random.Next(2) == 0 ? "[" : "{\"x\":";
        var close = open == "[" ? "]" : "}";
        var nested = string.Concat(Enumerable.Repeat(open, depth)) + "0" + string.Concat(Enumerable.Repeat(close, depth));
        var root = Parse(sample);
        var (parent, key, pointer) = PickMember(random, root);
        Set(parent, key, RawMarker);
        var json = SwapRaw(root, nested);
        return new HostileCase($"{depth} deep {(open == "[" ? "arrays" : "objects")} at {pointer}", Bytes(json), true);
    }

    private static HostileCase Truncated(Random random, string sample)
    {
        var bytes = Bytes(sample.TrimEnd());
        var at = random.Next(0, bytes.Length - 1);
        return new HostileCase($"truncated at byte {at}", bytes[..at], true);
    }

    private static HostileCase InvalidUtf8(Random random, string sample)
    {
        byte[][] bad = [[0xFF], [0xC3], [0xE4, 0xB8], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xF4, 0x90, 0x80, 0x80], [0xC1, 0xBF]];
        var chosen = bad[random.Next(bad.Length)];
        var bytes = Bytes(sample);
        var at = random.Next(1, bytes.Length - 1);
        // Never inside a multi-byte character, so the only invalid bytes are the ones inserted.
        while ((bytes[at] & 0xC0) == 0x80) at++;
        return new HostileCase($"invalid UTF-8 {Convert.ToHexString(chosen)} at byte {at}", [.. bytes[..at], .. chosen, .. bytes[at..]], true);
    }

    private static HostileCase Duplicated(Random random, string sample)
    {
        var root = Parse(sample);
        var (parent, key, pointer) = PickMember(random, root, objectsOnly: true);
        var name = (string)key;
        var copy = Get(parent, key)?.DeepClone().ToJsonString() ?? "null";
        Set(parent, key, RawMarker);
        var json = SwapRaw(root, $"{copy}, \"{name}\": {copy}");
        return new HostileCase($"duplicated {pointer}", Bytes(json), true);
    }

    private static HostileCase UnknownMember(Random random, string sample)
    {
        var root = Parse(sample);
        var (parent, key, pointer) = PickMember(random, root, objectsOnly: true);
        var name = (string)key;
        var obj = (JsonObject)parent;
        var typo = random.Next(3) switch { 0 => name + "s", 1 => name.ToUpperInvariant(), _ => name[..^1] };
        if (!obj.ContainsKey(typo)) obj[typo] = 0;
        return new HostileCase($"unknown member {typo} beside {pointer}", Bytes(root.ToJsonString()), true);
    }

    private static HostileCase InjectionMemberName(Random random, string sample)
    {
        var root = Parse(sample);
        var (parent, _, pointer) = PickMember(random, root, objectsOnly: true);
        var name = HostileStrings[random.Next(HostileStrings.Length)];
        var obj = (JsonObject)parent;
        if (obj.ContainsKey(name)) name += "!";
        obj[name] = 1;
        return new HostileCase($"member named {Escape(name)} beside {pointer}", Bytes(root.ToJsonString()), true);
    }

    /// <summary>Member names written as \u escapes: the same names, so the report may well be valid.</summary>
    private static HostileCase EscapedNames(Random random, string sample)
    {
        var names = new[] { "year", "format", "applications", "naturalPerson", "total", "townshipCode" };
        var name = names[random.Next(names.Length)];
        var escaped = string.Concat(name.Select(c => $"\\u{(int)c:x4}"));
        return new HostileCase($"escaped member name {name}", Bytes(sample.Replace($"\"{name}\":", $"\"{escaped}\":")), false);
    }

    private static HostileCase Refused(string name, string json) => new(name, Bytes(json), true);

    private static string PlaceText(Random random, JsonObject root, string text)
    {
        switch (random.Next(5))
        {
            case 0:
                root["townshipCode"] = text;
                return "townshipCode";
            case 1:
                root["narrative"] = new JsonObject { ["problems"] = text };
                return "narrative/problems";
            case 2:
                root["publications"] = new JsonObject
                {
                    ["policyInterpretations"] = 1,
                    ["keyDomains"] = new JsonArray(new JsonObject { ["domain"] = "other", ["items"] = 1, ["label"] = text }),
                };
                return "publications/keyDomains/0/label";
            case 3:
                root["format"] = text;
                return "format";
            default:
                root["acknowledgedRules"] = new JsonArray(text);
                return "acknowledgedRules/0";
        }
    }

    /// <summary>A random member anywhere in the tree, with its parent, its key (name or index) and its pointer.</summary>
    private static (JsonNode Parent, object Key, string Pointer) PickMember(Random random, JsonNode root, bool objectsOnly = false, bool numbersOnly = false)
    {
        var members = new List<(JsonNode, object, string)>();
        void Walk(JsonNode node, string pointer)
        {
            if (node is JsonObject obj)
            {
                foreach (var (name, child) in obj.ToList())
                {
                    var at = $"{pointer}/{name}";
                    if (!numbersOnly || child is JsonValue { } v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number)
                        members.Add((obj, name, at));
                    if (child is not null) Walk(child, at);
                }
            }
            else if (node is JsonArray array && !objectsOnly)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    var at = $"{pointer}/{i}";
                    if (!numbersOnly || array[i] is JsonValue { } v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number)
                        members.Add((array, i, at));
                    if (array[i] is { } child) Walk(child, at);
                }
            }
        }
        Walk(root, "");
        return members[random.Next(members.Count)];
    }

    private static JsonNode? Get(JsonNode parent, object key) => key is string name ? parent[name] : parent[(int)key];

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (key is string name) parent[name] = value;
        else parent[(int)key] = value;
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    private static string WithRaw(string sample, string member, string raw)
    {
        var root = Parse(sample);
        root[member] = RawMarker;
        return SwapRaw(root, raw);
    }

    /// <summary>The document with the marker's string replaced by <paramref name="raw"/>, which need not be valid JSON.</summary>
    private static string SwapRaw(JsonNode root, string raw)
    {
        var json = root.ToJsonString();
        var marker = $"\"{RawMarker}\"";
        var at = json.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException("The raw token's marker is missing.");
        return string.Concat(json.AsSpan(0, at), raw, json.AsSpan(at + marker.Length));
    }

    private static string WithNarrative(string sample, string rawString) =>
        WithRaw(sample, "narrative", $"{{\"problems\": {rawString}}}");

    private static byte[] InsertInString(byte[] bytes, byte[] inserted)
    {
        var quote = Array.IndexOf(bytes, (byte)'"') + 1;
        return [.. bytes[..quote], .. inserted, .. bytes[quote..]];
    }

    private static string Describe(JsonNode? node) => node is null ? "null" : node.ToJsonString();

    private static string Escape(string text) =>
        string.Concat(text.Take(40).Select(c => c < 0x20 || c is >= '\u007f' and <= '\u009f' ? $"\\u{(int)c:x4}" : c.ToString()));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
