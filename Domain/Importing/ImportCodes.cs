namespace Disclosure.Domain.Importing;

/// <summary>The stable codes of what the importer notes and the problems it finds.</summary>
public static class ImportCodes
{
    /// <summary>Note: an amount printed in 元 was converted exactly to 万元.</summary>
    public const string AmountInYuan = "amount-in-yuan";
    /// <summary>Note: a printed label was accepted as a known variant or a typo of the format's label.</summary>
    public const string LabelVariant = "label-variant";
    /// <summary>Note: the format and layout the tables were printed in.</summary>
    public const string Layout = "layout";
    /// <summary>Note: a blank optional total is left out so that the reader derives it.</summary>
    public const string TotalDerived = "total-derived";
    /// <summary>Note: a table's heading was not printed, and its rows were read where they were found.</summary>
    public const string HeadingMissing = "heading-missing";
    /// <summary>Note: a block of table 二 had no header row naming its columns; its cells were read in the format's order.</summary>
    public const string ColumnsByPosition = "columns-by-position";

    /// <summary>Problem: a cell's text is not a number, nor a blank.</summary>
    public const string UnreadableCell = "unreadable-cell";
    /// <summary>Problem: an amount has more decimals than the contract keeps (6 in 万元, 2 in 元); never rounded.</summary>
    public const string TooManyDecimals = "too-many-decimals";
    /// <summary>Problem: a count is negative (only 本年增/减 may be).</summary>
    public const string NegativeCount = "negative-count";
    /// <summary>Problem: a count has decimals.</summary>
    public const string NotWholeNumber = "not-whole-number";
    /// <summary>Problem: a figure is beyond the largest the service stores.</summary>
    public const string OutOfRange = "out-of-range";
    /// <summary>Problem: a row of the format was printed more than once.</summary>
    public const string DuplicateRow = "duplicate-row";
    /// <summary>Problem: a row has other than one cell per column, or a number cannot be aligned with one column.</summary>
    public const string UnalignedCells = "unaligned-cells";
    /// <summary>Problem: a row with numbers whose label is none of the format's.</summary>
    public const string UnrecognisedRow = "unrecognised-row";
    /// <summary>Problem: a printed label is near two of the format's labels, and so was not accepted.</summary>
    public const string AmbiguousLabel = "ambiguous-label";
    /// <summary>Problem: table 三's （六） is printed both as one row and as sub-rows, or as sub-rows in the 2019 format.</summary>
    public const string LayoutMismatch = "layout-mismatch";
    /// <summary>Problem: neither table 二's labels, table 三's （六） nor the title's year tell the format.</summary>
    public const string FormatUnknown = "format-unknown";
    /// <summary>Problem: the document has more rows than the importer reads.</summary>
    public const string TooLarge = "too-large";
}
