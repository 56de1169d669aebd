using Dapper;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;

namespace Disclosure.Persistence.Tests;

public class StorageSizeTests
{
    [Fact]
    public async Task A_150_cell_report_revision_takes_well_under_a_kilobyte()
    {
        using var temp = new TempDatabase();
        await Migrator.ApplyAsync(temp.Database);
        var format = new ReportFormat("wide",
            [.. Enumerable.Range(0, 150).Select(i => new Cell(i, "applications", $"row{i / 7}", $"column{i % 7}", CellKind.Count, false, "格", "cell"))], []);
        var store = new ReportStore(temp.Database, id => id == "wide" ? format : null);
        // Mostly zeros and small counts, a few large ones, as real township reports are.
        var values = Enumerable.Range(0, 150).Select(i => i % 5 == 0 ? (long)i * 37 : i % 11 == 0 ? 2_425_231_108L : 0L).ToArray();
        var report = new Report("411328110", 2020, format, values,
            new Publications(26, [new KeyDomainItems("povertyAlleviation", 186, "扶贫领域资金、环保等重点领域信息")]),
            new Narrative("人员力量不足，专业水平有待提高。", "无。"), ["A1"]);

        await store.SubmitAsync(new Submission(report, true, [new Violation("A1", "/applications/newlyReceived/total", 10, 11)],
            [new Warning("X2", "比上年增加 300%", "/applications/newlyReceived/naturalPerson")],
            new string('a', 64), "admin", DateTimeOffset.UtcNow), null);

        var bytes = await temp.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("""
            SELECT length(township_code) + 8 + 8 + length(format) + length(submitted_at) + length(submitted_by) + 8
                 + length(content_hash) + length(vals) + length(extras) + length(violations) + length(warnings)
            FROM report_revisions
            """));
        Assert.InRange(bytes, 1, 800);
        Assert.Equal(values, (await store.GetCurrentReportAsync("411328110", 2020))!.Values);
    }
}
