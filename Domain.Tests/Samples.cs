using System.Text;
using System.Text.Json.Nodes;
using Disclosure.Domain.Reading;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Reports;

namespace Disclosure.Domain.Tests;

/// <summary>The sample reports shipped beside the tests (Samples/), and small ways to change them for a test.</summary>
public static class Samples
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", name));

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name));

    public static JsonObject Node(string name) => JsonNode.Parse(Text(name))!.AsObject();

    /// <summary>上屯镇 (411328110), 唐河县, 2020, 2019 format: a real published report.</summary>
    public static byte[] Shangtun2020 => Bytes("shangtun-2020.json");

    public static byte[] Township2021 => Bytes("township-2021.json");

    public static JsonObject Node(byte[] json) => JsonNode.Parse(json)!.AsObject();

    public static byte[] Utf8(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    /// <summary>
    /// A sample report (上屯镇's 2020 unless <paramref name="sample"/> names another) filed as <paramref name="township"/>'s,
    /// and for <paramref name="year"/> when given.
    /// </summary>
    public static JsonObject FiledAs(string township, int? year = null, string sample = "shangtun-2020.json")
    {
        var node = Node(sample);
        node["townshipCode"] = township;
        if (year is { } filed) node["year"] = filed;
        return node;
    }

    /// <summary>The sample with one change made to its JSON.</summary>
    public static byte[] Changed(byte[] sample, Action<JsonObject> change)
    {
        var node = Node(sample);
        change(node);
        return Utf8(node);
    }

    public static Report Read(byte[] json)
    {
        var result = ReportReader.Read(json);
        Assert.Empty(result.Errors);
        return result.Report!;
    }

    public static DivisionRegistry Registry { get; } = new(
    [
        new Division("41", "河南省", DivisionLevel.Province, null),
        new Division("4113", "南阳市", DivisionLevel.City, "41"),
        new Division("411328", "唐河县", DivisionLevel.County, "4113"),
        new Division("411328110", "上屯镇", DivisionLevel.Township, "411328"),
        new Division("411328111", "毕店镇", DivisionLevel.Township, "411328"),
    ]);
}
