namespace Disclosure.Api.Tests.Infrastructure;

/// <summary>The township-level codes of the registry's <c>streets.csv</c>: as many different townships as a test wants.</summary>
public static class Streets
{
    /// <summary>The codes in Henan (41), in the file's order.</summary>
    public static List<string> OfHenan() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "divisions", "streets.csv"))
            .Skip(1).Select(line => line[..line.IndexOf(',')]).Where(c => c.StartsWith("41", StringComparison.Ordinal)).ToList();
}
