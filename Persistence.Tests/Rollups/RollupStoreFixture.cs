using System.Text.Json.Nodes;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Rollups;
using Disclosure.Persistence.Rollups;
using Samples = Disclosure.Domain.Tests.Samples;

namespace Disclosure.Persistence.Tests.Rollups;

/// <summary>A migrated temp database with the real formats, a report store and a rollup store over it.</summary>
public sealed class RollupStoreFixture : IDisposable
{
    private readonly TempDatabase _temp = new();
    private int _hashes;

    private RollupStoreFixture()
    {
        Reports = new ReportStore(_temp.Database, ReportFormats.Find);
        Rollups = new RollupStore(_temp.Database, ReportFormats.Find);
    }

    public static async Task<RollupStoreFixture> CreateAsync()
    {
        var fixture = new RollupStoreFixture();
        await Migrator.ApplyAsync(fixture.Database);
        return fixture;
    }

    public Database Database => _temp.Database;
    public ReportStore Reports { get; }
    public RollupStore Rollups { get; }

    /// <summary>Every group of a rollup, in one page.</summary>
    public async Task<IReadOnlyList<RollupGroup>> QueryAllAsync(RollupFilter filter) =>
        (await Rollups.QueryAsync(filter, GroupPage.Everything)).Groups;

    /// <summary>A 2019-format report made from the seed (上屯镇 2020) for another township and year.</summary>
    public static Report Report2019(string township, int year, Action<JsonObject>? change = null) =>
        Make(Samples.Shangtun2020, township, year, change);

    /// <summary>A 2021-format report made from the 2021 sample for another township and year.</summary>
    public static Report Report2021(string township, int year, Action<JsonObject>? change = null) =>
        Make(Samples.Township2021, township, year, change);

    private static Report Make(byte[] sample, string township, int year, Action<JsonObject>? change) =>
        Samples.Read(Samples.Changed(sample, node =>
        {
            node["townshipCode"] = township;
            node["year"] = year;
            change?.Invoke(node);
        }));

    public async Task<StoredRevision> SubmitAsync(Report report, bool flagged = false, DateTimeOffset? at = null)
    {
        var submission = new Submission(report, flagged, [], [], ReportJson.ContentHash(report) + (flagged ? "-flagged" : ""),
            "admin", at ?? new DateTimeOffset(2021, 1, 15, 8, 30, 0, TimeSpan.Zero).AddSeconds(Interlocked.Increment(ref _hashes)));
        var result = await Reports.SubmitAsync(submission, null);
        return result.Current!;
    }

    public void Dispose() => _temp.Dispose();
}
