using System.Globalization;
using Disclosure.Api.Documents;
using Disclosure.Api.Features.Reports;
using Disclosure.Api.Http;
using Disclosure.Api.Problems;
using Disclosure.Api.Security;
using Disclosure.Domain.Importing;
using Disclosure.Domain.Registry;

namespace Disclosure.Api.Features.Imports;

/// <summary>
/// Imports one published document: a reader turns its bytes into printed rows, the importer finds the national
/// tables in them by their labels, the township and year come from the request or the document's title, and the
/// report read goes through exactly the checks (and, with <c>store=true</c>, the storing) of <c>POST /api/v1/reports</c>.
/// </summary>
public sealed class DocumentImport(DocumentReaders readers, ReportSubmission submission, DivisionRegistry registry)
{
    public const string TownshipNotIdentified = "township-not-identified";
    public const string YearNotIdentified = "year-not-identified";

    public async Task<ImportResult> ImportAsync(UploadedDocument upload, ImportRequest request, Caller caller, CancellationToken ct)
    {
        var reading = readers.Read(upload.Bytes, upload.ContentType, upload.FileName);
        if (reading.Refusal is { } refusal)
            return refusal.Code == DocumentRefusals.UnsupportedDocument
                ? new ImportResult.Unsupported(refusal.Detail)
                : new ImportResult.Unreadable(refusal.Code, refusal.Detail);

        var imported = DocumentImporter.Read(reading.Document!);
        if (imported.NotFound.Count > 0)
            return new ImportResult.Unrecognised([.. imported.NotFound.Select(m => ("not-found", m.Detail))]);

        if (Identify(imported, request) is { } notIdentified)
            return notIdentified;
        var townshipCode = request.TownshipCode ?? TownshipNames.Resolve(registry, imported.BodyName!, request.Area).Township!.Code;
        var year = request.Year ?? imported.Year!.Value;

        var detected = new DetectedReport
        {
            TownshipCode = townshipCode,
            TownshipName = registry.Find(townshipCode)?.Name,
            Year = year,
            Format = imported.Format?.Id,
            Layout = imported.Layout?.Id,
            Title = imported.Title,
            PublishedAt = imported.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };

        if (imported.Problems.Count > 0)
        {
            // A cell that cannot be read is never guessed: the report is not made, and nothing is stored.
            return new ImportResult.Read(Answer(imported, detected, report: null, valid: false,
                [.. imported.Problems.Select(ErrorOf)], imported.Problems.Count, warnings: [], stored: null), null);
        }

        var json = imported.ToReportJson(townshipCode, year, request.AcknowledgedRules);
        var check = await submission.CheckAsync(json, ct);
        var report = check.Report is { } read ? ReportBody.Of(read) : null;

        // Stored through the same path as POST /api/v1/reports, from the check already made: the same answers, in the same order.
        var submitted = request.Store ? await submission.SubmitAsync(check, caller, addressedAs: null, expected: null, ct) : null;
        var stored = submitted is SubmissionResult.Stored s
            ? new StoredImport
            {
                Revision = s.Revision.Revision,
                Location = Locations.Report(s.Revision.TownshipCode, s.Revision.Year),
                Flagged = s.Revision.Flagged,
            }
            : null;

        return new ImportResult.Read(Answer(imported, detected, report, check.ErrorCount == 0,
            [.. check.Errors.Take(ProblemResponses.MaxListed).Select(ProblemResponses.FromDomain)], check.ErrorCount, check.Warnings, stored), submitted);
    }

    /// <summary>The reason the township or year cannot be told, or null when both can.</summary>
    private ImportResult.NotIdentified? Identify(ImportedReport imported, ImportRequest request)
    {
        if (request.TownshipCode is null)
        {
            if (imported.BodyName is not { } name)
                return new(TownshipNotIdentified, "The document names no township in its title: give townshipCode.", []);
            var match = TownshipNames.Resolve(registry, name, request.Area);
            if (match.Township is null)
                return new(TownshipNotIdentified, match.Candidates.Count == 0
                    ? $"No township-level unit{(request.Area is null ? "" : $" under {request.Area}")} is named \"{name}\": give townshipCode, or the area to look it up in."
                    : $"\"{name}\" names {match.Candidates.Count} township-level units{(request.Area is null ? "" : $" under {request.Area}")}: give townshipCode, or a narrower area.",
                    match.Candidates);
        }
        if (request.Year is null && imported.Year is null)
            return new(YearNotIdentified, "The document names no year in its title: give year.", []);
        return null;
    }

    private static ImportAnswer Answer(ImportedReport imported, DetectedReport detected, ReportBody? report, bool valid,
        IReadOnlyList<ProblemError> errors, int errorCount, IReadOnlyList<Domain.Validation.Warning> warnings, StoredImport? stored) => new()
    {
        Detected = detected,
        Report = report,
        Sources = imported.Sources,
        Blanks = imported.Blanks,
        Notes = imported.Notes,
        Valid = valid,
        Errors = errors,
        ErrorCount = errorCount > errors.Count ? errorCount : null,
        Warnings = warnings,
        Stored = stored,
    };

    private static ProblemError ErrorOf(ImportProblem problem) => new()
    {
        Pointer = problem.Pointer,
        Code = problem.Code,
        Detail = problem.Detail,
        Table = problem.Table,
        Row = problem.Row,
        Column = problem.Column,
        Text = problem.Text,
    };
}
