using Disclosure.Api.Commands;
using Disclosure.Domain.Reports;
using Disclosure.Persistence;

namespace Disclosure.Api.Tests.Http.Imports;

/// <summary>A county back-fills a folder of saved report pages in one command.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = TempFolders.New();

    public ImportCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "saved", "2020"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Samples", "shangtun-2020.txt"), Path.Combine(_folder, "saved", "2020", "shangtun.txt"));
        File.WriteAllText(Path.Combine(_folder, "saved", "notice.html"), "<html><body><p>关于开展春季植树活动的通知</p></body></html>");
        File.WriteAllText(Path.Combine(_folder, "saved", "readme.md"), "not a report, and not looked at: a folder is searched for documents only");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private async Task<(int Exit, string[] Lines)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await ImportCommand.RunAsync([.. args, "--database", Path.Combine(_folder, "reports.db")], output);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task A_folder_is_read_file_by_file_and_a_refused_file_does_not_stop_the_rest()
    {
        var saved = Path.Combine(_folder, "saved");
        var (exit, lines) = await RunAsync("--area", "411328", "--store", saved);

        Assert.Equal(1, exit);
        Assert.Equal("import: 2 file(s), storing", lines[0]);
        Assert.StartsWith($"[1/2] {Path.Combine(saved, "2020", "shangtun.txt")}: stored (revision 1)", lines[1]);
        Assert.StartsWith($"[2/2] {Path.Combine(saved, "notice.html")}: refused (not a report in the national format", lines[2]);
        Assert.Matches(@"^file\s+township\s+year\s+outcome\s+why$", lines[3]);
        Assert.Matches(@"shangtun\.txt\s+411328110 上屯镇\s+2020\s+stored\s+revision 1$", lines[4]);
        Assert.Matches(@"notice\.html\s+refused\s+not a report", lines[5]);
        Assert.Equal("import: 1 of 2 file(s) stored, 1 refused.", lines[^1]);

        using var database = new Database(Path.Combine(_folder, "reports.db"));
        var store = new ReportStore(database, Disclosure.Domain.Formats.ReportFormats.Find);
        var stored = (await store.GetAsync("411328110", 2020))!;
        Assert.Equal("command-line", stored.SubmittedBy);
        var expected = Samples.Node(Samples.Shangtun2020);
        expected.Remove("publications");
        expected.Remove("narrative");
        Assert.Equal(ReportJson.ToUtf8Bytes(Samples.Read(Samples.Utf8(expected))), ReportJson.ToUtf8Bytes(stored.Report));
    }

    [Fact]
    public async Task A_dry_run_stores_nothing_and_a_usage_error_says_how()
    {
        var (exit, lines) = await RunAsync("--area", "411328", Path.Combine(_folder, "saved", "2020"));
        Assert.Equal(0, exit);
        Assert.Equal("import: 1 file(s), dry run (add --store to store)", lines[0]);
        Assert.EndsWith(": read", lines[1]);

        var (usage, message) = await RunAsync("--area", "41x", Path.Combine(_folder, "saved"));
        Assert.Equal(2, usage);
        Assert.Equal("import: --area 41x is not a division code of 2, 4, 6 or 9 digits.", message[0]);
    }
}
