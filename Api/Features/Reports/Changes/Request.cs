using System.ComponentModel.DataAnnotations;
using FastEndpoints;

namespace Disclosure.Api.Features.Reports.Changes;

/// <summary>Which two reports to compare: two revisions of the year's report, or the year's report and the year before's.</summary>
public sealed class Request : ReportAddress
{
    public const string PreviousYear = "previousYear";

    /// <summary>The earlier revision; the one before <see cref="To"/> when absent.</summary>
    [QueryParam, Range(1, int.MaxValue)]
    public int? From { get; set; }

    /// <summary>The later revision; the current one when absent.</summary>
    [QueryParam, Range(1, int.MaxValue)]
    public int? To { get; set; }

    /// <summary><c>previousYear</c>: compare with the township's current report for the year before, instead of an earlier revision.</summary>
    [QueryParam, RegularExpression("^previousYear$")]
    public string? Against { get; set; }

    /// <summary>json (default) or csv.</summary>
    [QueryParam, RegularExpression("^(json|csv)$")]
    public string? Format { get; set; }

    public bool AgainstPreviousYear => Against == PreviousYear;
}
