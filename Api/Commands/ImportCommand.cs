using System.Globalization;
using Disclosure.Api.Features.Imports;
using Disclosure.Api.Hosting;
using Disclosure.Api.Security;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Registry;
using Microsoft.AspNetCore.StaticFiles;

namespace Disclosure.Api.Commands;

/// <summary>
/// <c>Disclosure.Api import [--area CODE] [--township CODE] [--year YEAR] [--store] [--acknowledge A2,...] [--database PATH] FILES-OR-FOLDERS…</c>:
/// imports published reports (web pages, PDF and Word files, text) from files and folders, as <c>POST /api/v1/imports</c>
/// does, with the service's own configuration and database. A dry run unless <c>--store</c>. One progress line per file
/// as it goes, then a summary table; a file that is refused never stops the rest. Exit code 0 when every file was read
/// (and, with <c>--store</c>, stored), 1 when any was not, 2 for a usage error.
/// </summary>
public static class ImportCommand
{
    private const string Usage =
        "usage: Disclosure.Api import [--area CODE] [--township CODE] [--year YEAR] [--store] [--acknowledge RULES] [--database PATH] FILES-OR-FOLDERS...";

    /// <summary>The kinds of files a folder is searched for; a file named on the command line is read whatever its name.</summary>
    private static readonly string[] DocumentExtensions = [".html", ".htm", ".shtml", ".pdf", ".docx", ".txt"];

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (ArgumentException e)
        {
            await output.WriteLineAsync($"import: {e.Message}\n{Usage}");
            return 2;
        }

        var files = new List<string>();
        foreach (var path in options.Paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => DocumentExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            else if (File.Exists(path))
                files.Add(path);
            else
            {
                await output.WriteLineAsync($"import: {path}: no such file or folder.\n{Usage}");
                return 2;
            }
        }

        await using var app = await CommandHost.StartAsync(options.HostArgs, options.Database);
        var import = app.Services.GetRequiredService<DocumentImport>();
        var caller = new Caller("command-line", TownshipCode: null);
        var request = new ImportRequest(options.Township, options.Year, options.Area, options.Store, options.AcknowledgedRules);
        var types = new FileExtensionContentTypeProvider();

        await output.WriteLineAsync($"import: {files.Count} file(s){(options.Store ? ", storing" : ", dry run (add --store to store)")}");
        var rows = new List<SummaryRow>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var contentType = types.TryGetContentType(file, out var type) ? type : null;
            var bytes = await File.ReadAllBytesAsync(file);
            var result = await import.ImportAsync(new UploadedDocument(Path.GetFileName(file), contentType, bytes), request, caller, CancellationToken.None);
            var row = SummaryRow.Of(file, result, options.Store);
            rows.Add(row);
            await output.WriteLineAsync($"[{i + 1}/{files.Count}] {file}: {row.Outcome}{(row.Why.Length > 0 ? $" ({row.Why})" : "")}");
        }

        await output.WriteLineAsync();
        await output.WriteAsync(SummaryRow.Table(rows));
        var failed = rows.Count(r => !r.Succeeded);
        await output.WriteLineAsync($"import: {rows.Count - failed} of {rows.Count} file(s) {(options.Store ? "stored" : "read")}, {failed} refused.");
        return failed == 0 ? 0 : 1;
    }

    private sealed record Options(
        string? Area, string? Township, int? Year, bool Store, IReadOnlyList<string> AcknowledgedRules, string? Database,
        IReadOnlyList<string> Paths, string[] HostArgs)
    {
        public static Options Parse(string[] args)
        {
            string? area = null, township = null, database = null;
            int? year = null;
            var store = false;
            IReadOnlyList<string> acknowledged = [];
            var paths = new List<string>();
            var hostArgs = new List<string>();
            for (var i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--area":
                        area = Value();
                        if (!DivisionCode.IsValid(area)) throw new ArgumentException($"--area {area} is not a division code of 2, 4, 6 or 9 digits.");
                        break;
                    case "--township":
                        township = Value();
                        if (!DivisionCode.IsTownshipCode(township)) throw new ArgumentException($"--township {township} is not a 9-digit township code.");
                        break;
                    case "--year":
                        var text = Value();
                        year = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y
                            : throw new ArgumentException($"--year {text} is not a year.");
                        break;
                    case "--store":
                        store = true;
                        break;
                    case "--acknowledge":
                        acknowledged = ImportRequest.RuleIds(Value());
                        if (acknowledged.FirstOrDefault(r => !IdentityRules.Ids.Contains(r)) is { } unknown)
                            throw new ArgumentException($"--acknowledge {unknown} is not an identity rule; use {string.Join(", ", IdentityRules.Ids)}.");
                        break;
                    case "--database":
                        database = Value();
                        break;
                    case var option when option.StartsWith("--", StringComparison.Ordinal) && option.Contains('='):
                        hostArgs.Add(option);   // configuration, e.g. --Imports:MaxRequestBytes=...
                        break;
                    case var option when option.StartsWith("--", StringComparison.Ordinal):
                        throw new ArgumentException($"unknown option {option}.");
                    default:
                        paths.Add(args[i]);
                        break;
                }
            }
            if (paths.Count == 0) throw new ArgumentException("name at least one file or folder.");
            return new Options(area, township, year, store, acknowledged, database, paths, [.. hostArgs]);
        }
    }
}
