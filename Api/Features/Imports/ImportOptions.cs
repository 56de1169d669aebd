namespace Disclosure.Api.Features.Imports;

/// <summary>Configuration section <c>Imports</c>: how much a document import may cost.</summary>
public sealed class ImportOptions
{
    public const string Section = "Imports";

    /// <summary>The largest import request (one document, or all the files of a multipart upload); larger ones get 413 before they are read.</summary>
    public long MaxRequestBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>The most files one multipart upload may carry.</summary>
    public int MaxFiles { get; set; } = 50;

    /// <summary>How many imports are read at once; others wait (without their bodies read) for a turn.</summary>
    public int MaxConcurrent { get; set; } = 2;
}
