using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Quality;

/// <summary>
/// The figures O2 compares across a county's townships: the row totals a county's own report is made of, each printed
/// by every layout of both formats at the same pointer. Not every cell: most applicant columns and outcome rows are 0 in
/// most townships (their MAD is 0 and the rule cannot speak), and testing ~150 cells per township would make some
/// "far" by chance in every county; a total that is far from the county's others is what the county must explain.
/// </summary>
public static class PeerFigures
{
    public static IReadOnlyList<string> Pointers { get; } =
    [
        $"/{ApplicationTables.Section}/{ApplicationTables.NewlyReceived}/{ApplicationTables.Total}",
        $"/{ApplicationTables.Section}/results/disclosed/{ApplicationTables.Total}",
        $"/{ApplicationTables.Section}/{ApplicationTables.ResultsTotal}/{ApplicationTables.Total}",
        $"/{ApplicationTables.Section}/{ApplicationTables.CarriedForward}/{ApplicationTables.Total}",
        $"/{ReviewLitigationTable.Section}/review/{ReviewLitigationTable.Total}",
        $"/{ReviewLitigationTable.Section}/litigationDirect/{ReviewLitigationTable.Total}",
        $"/{ReviewLitigationTable.Section}/litigationAfterReview/{ReviewLitigationTable.Total}",
        $"/{ProactiveTables.Section}/licensing/decisions",
        $"/{ProactiveTables.Section}/penalties/decisions",
        $"/{ProactiveTables.Section}/coercion/decisions",
    ];
}
