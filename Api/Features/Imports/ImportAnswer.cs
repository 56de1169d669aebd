using Disclosure.Api.Features.Reports;
using Disclosure.Api.Problems;
using Disclosure.Domain.Importing;
using Disclosure.Domain.Validation;

namespace Disclosure.Api.Features.Imports;

/// <summary>
/// What the service read from one document: who and when, the report, where each cell came from, the blank cells,
/// the notes, the verdict of <c>/reports/validate</c>, and what was stored. In a multipart upload each file's answer
/// names its <see cref="File"/>, and a file that could not be read at all carries only its <see cref="Problem"/>.
/// </summary>
public sealed record ImportAnswer
{
    /// <summary>The file's name, in the answer to a multipart upload.</summary>
    public string? File { get; init; }

    public DetectedReport? Detected { get; init; }

    /// <summary>The report as read, in the contract, every total filled in; absent when a cell could not be read.</summary>
    public ReportBody? Report { get; init; }

    /// <summary>Every cell read: its place in the report, the table, the printed row label, the column, the text read.</summary>
    public IReadOnlyList<CellSource>? Sources { get; init; }

    /// <summary>Pointers of the blank cells, read as 0 (a blank total is derived instead, and noted).</summary>
    public IReadOnlyList<string>? Blanks { get; init; }

    public IReadOnlyList<ImportNote>? Notes { get; init; }

    /// <summary>Whether <c>POST /api/v1/reports</c> would accept the report as read.</summary>
    public bool? Valid { get; init; }

    /// <summary>Cells that could not be read, malformations, rejections: everything that refuses the report; at most the first 100.</summary>
    public IReadOnlyList<ProblemError>? Errors { get; init; }

    /// <summary>How many errors there are in all, when that is more than <see cref="Errors"/> lists.</summary>
    public int? ErrorCount { get; init; }

    public IReadOnlyList<Warning>? Warnings { get; init; }

    /// <summary>The stored revision, with <c>store=true</c>; null on a dry run or when the report was not stored.</summary>
    public StoredImport? Stored { get; init; }

    /// <summary>Why a file of a multipart upload could not be imported at all.</summary>
    public ProblemResponse? Problem { get; init; }
}
