using Disclosure.Api.Features.Imports;
using Disclosure.Api.Features.Reports;
using Disclosure.Api.Security;
using Disclosure.Persistence;

namespace Disclosure.Api.Hosting;

/// <summary>
/// The demo a development run starts with: when <c>Samples:Seed</c> is true (it is in
/// <c>appsettings.Development.json</c>) and the database has never held a report, the three real published reports in
/// <c>Api/Samples</c> are stored through the same use cases as over HTTP — the seed JSON of 上屯镇 2020, and the PDF and
/// web page of two 2024 reports standing in for 毕店镇 and 少拜寺镇 of 唐河县, as the README's walk-through stores them.
/// Nothing is made up: every figure is a published one. A database that has held any report is never touched.
/// </summary>
public sealed class SampleReports(ReportStore store, ReportSubmission submission, DocumentImport import, ILogger<SampleReports> logger)
{
    public const string SettingName = "Samples:Seed";

    /// <summary>Who stored the samples, as a revision's <c>submittedBy</c> says.</summary>
    public const string SubmittedBy = "samples";

    private static readonly (string File, string ContentType, string TownshipCode, int Year)[] Documents =
    [
        ("published/hongze-2024.pdf", "application/pdf", "411328111", 2024),
        ("published/pingtan-2024.html", "text/html", "411328112", 2024),
    ];

    /// <summary>Stores the samples when the database is empty; returns how many were stored.</summary>
    public async Task<int> SeedAsync(CancellationToken ct)
    {
        if (!await store.IsEmptyAsync(ct))
            return 0;
        var caller = new Caller(SubmittedBy, TownshipCode: null);
        var folder = Path.Combine(AppContext.BaseDirectory, "Samples");
        var results = new List<(string File, SubmissionResult? Result)>
        {
            ("shangtun-2020.json", await submission.SubmitAsync(await File.ReadAllBytesAsync(Path.Combine(folder, "shangtun-2020.json"), ct),
                caller, addressedAs: null, expected: null, ct)),
        };
        foreach (var (file, contentType, townshipCode, year) in Documents)
        {
            var document = new UploadedDocument(Path.GetFileName(file), contentType, await File.ReadAllBytesAsync(Path.Combine(folder, file), ct));
            var imported = await import.ImportAsync(document, new ImportRequest(townshipCode, year, Area: null, Store: true, AcknowledgedRules: []), caller, ct);
            results.Add((file, (imported as ImportResult.Read)?.Submission));
        }

        var refused = results.Where(r => r.Result is not SubmissionResult.Stored).Select(r => $"{r.File} ({r.Result?.GetType().Name ?? "not read"})").ToList();
        if (refused.Count > 0)
            throw new InvalidOperationException($"The sample reports could not all be stored ({SettingName}): {string.Join(", ", refused)}.");
        logger.LogInformation("The database held no report: stored the {Count} sample reports of Api/Samples ({Setting} is on)", results.Count, SettingName);
        return results.Count;
    }
}
