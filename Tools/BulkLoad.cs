using System.Diagnostics;
using System.Globalization;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Reading;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Validation;
using Disclosure.Persistence;

namespace Disclosure.Tools;

/// <summary>
/// <c>Disclosure.Tools bulk-load --years 2016-2025 --database path [--area 41] [--concurrency 256]</c>:
/// fills the database with a synthetic report for every township-level unit under an area and every year, without
/// HTTP, for benchmarks and demos. It opens the database as the service does (the registry beside the assembly, the
/// migrations applied), checks every report with <see cref="SubmissionChecks"/> exactly as a
/// submission is checked (failing loudly on any rejection, flag or warning), and stores it through
/// <see cref="ReportStore.SubmitAsync"/> with many submissions in flight at once.
/// </summary>
public static class BulkLoad
{
    private const string Usage =
        "usage: Disclosure.Tools bulk-load --years FROM-TO --database PATH [--area CODE-PREFIX] [--concurrency N]";

    /// <summary>Every this many reports, one goes out as JSON and is read back strictly, to prove the JSON is valid too.</summary>
    private const int RoundTripEvery = 101;

    public static async Task<int> RunAsync(string[] args)
    {
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"bulk-load: {e.Message}\n{Usage}");
            return 2;
        }

        using var database = new Database(options.Database);
        await Migrator.ApplyAsync(database);
        var registry = DivisionsCsv.Load(Path.Combine(AppContext.BaseDirectory, "Data", "divisions"));
        var store = new ReportStore(database, ReportFormats.Find);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var currentYear = today.Year;

        var townships = registry.TownshipsUnder(options.Area).ToArray();
        if (townships.Length == 0)
        {
            await Console.Error.WriteLineAsync($"bulk-load: no township-level unit in the registry under '{options.Area}'.");
            return 1;
        }
        var years = options.ToYear - options.FromYear + 1;
        long total = (long)townships.Length * years;
        Console.WriteLine($"bulk-load: {townships.Length:N0} township-level units under '{(options.Area.Length == 0 ? "the country" : options.Area)}' " +
                          $"× {years} years ({options.FromYear}-{options.ToYear}) = {total:N0} reports into {database.Path}, " +
                          $"{options.Concurrency} submissions in flight");

        var counters = new Counters();
        var clock = Stopwatch.StartNew();
        using var cancel = new CancellationTokenSource();
        var progress = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
            try
            {
                while (await timer.WaitForNextTickAsync(cancel.Token))
                {
                    var done = counters.Done;
                    Console.WriteLine($"bulk-load: {done:N0}/{total:N0} ({100.0 * done / total:F1}%) in {clock.Elapsed.TotalSeconds:F0} s, " +
                                      $"{done / clock.Elapsed.TotalSeconds:N0} reports/s");
                }
            }
            catch (OperationCanceledException)
            {
            }
        });

        try
        {
            await Parallel.ForEachAsync(townships, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency }, async (township, ct) =>
            {
                Report? previous = null;
                for (var year = options.FromYear; year <= options.ToYear; year++)
                {
                    var report = SyntheticReports.Generate(township.Code, year, previous);
                    var outcome = SubmissionChecks.Evaluate(report, registry, previous, today);
                    if (!outcome.Accepted || outcome.Flagged || outcome.Violations.Count > 0 || outcome.Warnings.Count > 0)
                        throw new InvalidOperationException($"The synthetic report of {township.Code} for {year} was not accepted cleanly: " +
                            string.Join("; ", outcome.Rejections.Select(r => $"{r.Pointer} {r.Code} {r.Detail}")
                                .Concat(outcome.Warnings.Select(w => $"warning {w.Code} {w.Pointer} {w.Message}"))));
                    if (Interlocked.Increment(ref counters.Generated) % RoundTripEvery == 0)
                        RoundTrip(report);

                    var submission = new Submission(report, outcome.Flagged, outcome.Violations, outcome.Warnings,
                        ReportJson.ContentHash(report), "admin", SubmittedAt(township.Code, year, currentYear));
                    var result = await store.SubmitAsync(submission, expected: null, ct);
                    switch (result.Outcome)
                    {
                        case SubmitOutcome.Created: Interlocked.Increment(ref counters.Created); break;
                        case SubmitOutcome.Revised: Interlocked.Increment(ref counters.Revised); break;
                        case SubmitOutcome.Unchanged: Interlocked.Increment(ref counters.Unchanged); break;
                        default: throw new InvalidOperationException($"Storing {township.Code}/{year} answered {result.Outcome}.");
                    }
                    previous = report;
                }
            });
        }
        finally
        {
            await cancel.CancelAsync();
            await progress;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"bulk-load: stored {counters.Done:N0} reports ({counters.Created:N0} new, {counters.Revised:N0} revised, " +
                          $"{counters.Unchanged:N0} unchanged) in {seconds:F1} s: {counters.Done / seconds:N0} reports/s");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BULKLOAD reports={counters.Done} created={counters.Created} seconds={seconds:F3} rate={counters.Done / seconds:F1}"));
        return 0;
    }

    /// <summary>Writes the report as the contract JSON and reads it back strictly: the figures must survive unchanged.</summary>
    private static void RoundTrip(Report report)
    {
        var read = ReportReader.Read(ReportJson.ToUtf8Bytes(report));
        if (read.Report is not { } back || !back.Values.AsSpan().SequenceEqual(report.Values))
            throw new InvalidOperationException($"The synthetic report of {report.TownshipCode} for {report.Year} does not read back from its JSON: " +
                string.Join("; ", read.Errors.Select(e => $"{e.Pointer} {e.Code} {e.Detail}")));
    }

    /// <summary>A plausible first-submission time: January to March of the next year (mostly on time), never in the future.</summary>
    private static DateTimeOffset SubmittedAt(string townshipCode, int year, int currentYear)
    {
        var seed = unchecked((int)(long.Parse(townshipCode, CultureInfo.InvariantCulture) % 1_000_003 * 31 + year));
        var random = new Random(seed);
        var at = new DateTimeOffset(year + 1, 1, 1, 1, 0, 0, TimeSpan.Zero)
            .AddDays(random.Next(100) < 85 ? random.Next(0, 30) : random.Next(31, 90))
            .AddSeconds(random.Next(0, 8 * 3600));
        var now = DateTimeOffset.UtcNow;
        return year >= currentYear || at > now ? now : at;
    }

    private sealed class Counters
    {
        public long Generated;
        public long Created;
        public long Revised;
        public long Unchanged;
        public long Done => Interlocked.Read(ref Created) + Interlocked.Read(ref Revised) + Interlocked.Read(ref Unchanged);
    }

    private sealed record Options(int FromYear, int ToYear, string Area, string Database, int Concurrency)
    {
        public static Options Parse(string[] args)
        {
            int? from = null, to = null;
            string area = "";
            string? database = null;
            var concurrency = 256;
            for (var i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--years":
                        var text = Value();
                        var parts = text.Split('-');
                        if (parts.Length is < 1 or > 2 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
                            throw new ArgumentException($"--years takes YEAR or FROM-TO, not '{text}'.");
                        from = int.Parse(parts[0], CultureInfo.InvariantCulture);
                        to = int.Parse(parts[^1], CultureInfo.InvariantCulture);
                        break;
                    case "--area":
                        area = Value();
                        if (!DivisionCode.IsPrefix(area))
                            throw new ArgumentException($"--area takes a division code prefix (digits), not '{area}'.");
                        break;
                    case "--database":
                        database = Value();
                        break;
                    case "--concurrency":
                        if (!int.TryParse(Value(), CultureInfo.InvariantCulture, out concurrency) || concurrency < 1)
                            throw new ArgumentException("--concurrency takes a whole number ≥ 1.");
                        break;
                    default:
                        throw new ArgumentException($"unknown option '{args[i]}'.");
                }
            }

            if (from is null || to is null) throw new ArgumentException("--years is required.");
            if (database is null) throw new ArgumentException("--database is required.");
            if (from < SubmissionChecks.FirstYear || to < from)
                throw new ArgumentException($"--years must run forwards from {SubmissionChecks.FirstYear} at the earliest.");
            return new Options(from.Value, to.Value, area, database, concurrency);
        }
    }
}
