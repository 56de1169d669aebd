using System.Text;
using Disclosure.Api.Features.Imports;
using Disclosure.Api.Features.Reports;
using Disclosure.Persistence;

namespace Disclosure.Api.Commands;

/// <summary>One line of the import command's summary: the file, whose report for which year, what came of it and why.</summary>
internal sealed record SummaryRow(string File, string Township, string Year, string Outcome, string Why, bool Succeeded)
{
    public static SummaryRow Of(string file, ImportResult result, bool store)
    {
        switch (result)
        {
            case ImportResult.Read { Answer: var answer, Submission: var submitted }:
                var township = answer.Detected is { TownshipCode: { } code } detected ? $"{code} {detected.TownshipName}" : "";
                var year = answer.Detected?.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
                if (answer.Valid != true)
                    return new(file, township, year, "refused", FirstError(answer), false);
                if (!store)
                    return new(file, township, year, "read", Warnings(answer), true);
                return submitted switch
                {
                    SubmissionResult.Stored { Outcome: SubmitOutcome.Unchanged } stored =>
                        new(file, township, year, "unchanged", $"identical to revision {stored.Revision.Revision}", true),
                    SubmissionResult.Stored stored =>
                        new(file, township, year, stored.Revision.Flagged ? "flagged" : "stored", $"revision {stored.Revision.Revision}", true),
                    { } refused => new(file, township, year, "refused", Refusal(refused), false),
                    null => new(file, township, year, "refused", "not stored", false),
                };
            case ImportResult.NotIdentified notIdentified:
                return new(file, "", "", "refused", notIdentified.Detail
                    + (notIdentified.Candidates.Count == 0 ? "" : $" Candidates: {string.Join("; ", notIdentified.Candidates.Select(c => $"{c.Code} {c.Name}"))}."), false);
            case ImportResult.Unrecognised unrecognised:
                return new(file, "", "", "refused", $"not a report in the national format: {unrecognised.Missing.Count} table(s) or row(s) not found, first: {unrecognised.Missing[0].Detail}", false);
            case ImportResult.Unreadable unreadable:
                return new(file, "", "", "refused", unreadable.Detail, false);
            case ImportResult.Unsupported unsupported:
                return new(file, "", "", "refused", unsupported.Detail, false);
            default:
                throw new InvalidOperationException($"No summary for {result}.");
        }
    }

    public static string Table(IReadOnlyList<SummaryRow> rows)
    {
        string[] header = ["file", "township", "year", "outcome", "why"];
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Select(r => Cells(r)[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        var text = new StringBuilder();
        void Line(string[] cells) => text.AppendLine(string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd());
        Line(header);
        foreach (var row in rows) Line(Cells(row));
        return text.ToString();
    }

    private static string[] Cells(SummaryRow row) => [row.File, row.Township, row.Year, row.Outcome, row.Why];

    private static string Refusal(SubmissionResult result) => result switch
    {
        SubmissionResult.Forbidden forbidden => forbidden.Detail,
        SubmissionResult.Rejected rejected => $"{rejected.Rejections.Count} error(s), first: {rejected.Rejections[0].Detail}",
        SubmissionResult.Malformed malformed => $"{malformed.ErrorCount} error(s), first: {malformed.Errors[0].Detail}",
        SubmissionResult.PreconditionFailed failed => $"not the expected revision of {failed.TownshipCode}/{failed.Year}",
        SubmissionResult.Locked locked => $"locked: the county accepted revision {locked.Current.Revision}; it must unlock the report first",
        _ => result.ToString(),
    };

    private static string FirstError(ImportAnswer answer) =>
        answer.Errors is [var first, ..] ? $"{answer.ErrorCount ?? answer.Errors.Count} error(s), first: {first.Detail}" : "not stored";

    private static string Warnings(ImportAnswer answer) =>
        answer.Warnings is { Count: > 0 } warnings ? $"{warnings.Count} warning(s): {string.Join(", ", warnings.Select(w => w.Code).Distinct())}" : "";
}
