using System.Text.Json.Nodes;

namespace Disclosure.Api.Tests.Infrastructure;

/// <summary>The sample reports shipped beside the tests.</summary>
public static class Samples
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name));

    /// <summary>上屯镇 (411328110), 唐河县, 2020, 2019 format: a real published report.</summary>
    public static string Shangtun2020 => Text("shangtun-2020.json");

    public static JsonObject Node(string name) => JsonNode.Parse(Text(name))!.AsObject();
}
