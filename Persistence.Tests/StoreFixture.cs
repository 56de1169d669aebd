using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;
using Disclosure.Persistence.Rollups;

namespace Disclosure.Persistence.Tests;

/// <summary>A migrated temp database, a store over it, and two small made-up formats.</summary>
public sealed class StoreFixture : IDisposable
{
    /// <summary>"A": a row of two applicant columns with an optional total (rule T1), a change and an amount.</summary>
    public static readonly ReportFormat FormatA = MakeFormatA();

    /// <summary>"B": three plain counts.</summary>
    public static readonly ReportFormat FormatB = new("B",
    [
        new Cell(0, "proactiveDisclosure", "licensing", "decisions", CellKind.Count, false, "许可", "licensing"),
        new Cell(1, "proactiveDisclosure", "penalties", "decisions", CellKind.Count, false, "处罚", "penalties"),
        new Cell(2, "proactiveDisclosure", "fees", "amountWan", CellKind.AmountFen, false, "收费", "fees"),
    ], []);

    private readonly TempDatabase _temp = new();

    private StoreFixture()
    {
        Store = new ReportStore(_temp.Database, Resolve);
        Rollups = new RollupStore(_temp.Database, Resolve);
    }

    public static async Task<StoreFixture> CreateAsync()
    {
        var fixture = new StoreFixture();
        await Migrator.ApplyAsync(fixture.Database);
        return fixture;
    }

    public Database Database => _temp.Database;
    public ReportStore Store { get; }
    public RollupStore Rollups { get; }

    public static ReportFormat? Resolve(string id) => id switch
    {
        "A" => FormatA,
        "B" => FormatB,
        _ => null,
    };

    public static Report ReportA(string township, int year, params long[] values) =>
        new(township, year, FormatA, values, null, null, []);

    public static Report ReportB(string township, int year, params long[] values) =>
        new(township, year, FormatB, values, null, null, []);

    public static Submission Submit(Report report, string hash, bool flagged = false, string by = "admin",
        DateTimeOffset? at = null, IReadOnlyList<Violation>? violations = null, IReadOnlyList<Warning>? warnings = null) =>
        new(report, flagged, violations ?? [], warnings ?? [], hash, by, at ?? new DateTimeOffset(2021, 1, 15, 8, 30, 0, TimeSpan.Zero));

    private static ReportFormat MakeFormatA()
    {
        Cell[] cells =
        [
            new(0, "applications", "newlyReceived", "naturalPerson", CellKind.Count, false, "自然人", "natural person"),
            new(1, "applications", "newlyReceived", "otherOrganization", CellKind.Count, false, "其他", "other"),
            new(2, "applications", "newlyReceived", "total", CellKind.Count, true, "总计", "total"),
            new(3, "proactiveDisclosure", "licensing", "change", CellKind.Change, false, "本年增/减", "change"),
            new(4, "proactiveDisclosure", "procurement", "amountWan", CellKind.AmountFen, false, "金额", "amount"),
        ];
        return new ReportFormat("A", cells, [new IdentityRule("T1", cells[2], [new Term(cells[0], 1), new Term(cells[1], 1)])]);
    }

    public void Dispose() => _temp.Dispose();
}
