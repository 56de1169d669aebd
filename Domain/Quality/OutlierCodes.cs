namespace Disclosure.Domain.Quality;

/// <summary>The stable codes of the outlier rules: warnings computed when a report is read, never blocking.</summary>
public static class OutlierCodes
{
    /// <summary>A count that moved more than ×5 or ÷5 from the same township's previous year.</summary>
    public const string YearOverYearJump = "O1";

    /// <summary>A headline figure far from the county's other townships for the same year (median and MAD).</summary>
    public const string FarFromCounty = "O2";

    /// <summary>A report whose three tables are entirely zero while its previous year's were not.</summary>
    public const string AllZero = "O3";
}
