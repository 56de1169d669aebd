using Disclosure.Domain.Rollups;

namespace Disclosure.Api.Features.Rollups;

/// <summary>
/// One rollup the API serves, the one place it is defined: its name in the document (<c>Applications</c>: the
/// operation <c>rollupApplications</c>, the schemas <c>ApplicationsRollup</c> and <c>ApplicationsRollupGroup</c>), its
/// route under <c>/rollups/</c>, the shape of its figures, and what the document says of it. The endpoints
/// (<see cref="RollupEndpoint"/>), the warm-up and the OpenAPI description all read <see cref="All"/>.
/// </summary>
public sealed record Rollup(string Name, string Route, RollupShape Shape, string Summary, string Description)
{
    public static Rollup Applications { get; } = new("Applications", "applications", RollupShapes.Applications,
        "Table 三 (disclosure applications) summed",
        "Every row and applicant column of table 三 summed over the reports, in the report's names. 2019's single （六）其他处理 row, the 2021 rows printed undivided and 2021's three sub-rows all roll into results.otherHandling, a row as in 2019; the 2021 sub-rows are inside it (overdueCorrection, overdueFee, other), with dividedReports, how many of the group's reports they cover. results.disclosureRate = (（一）予以公开 + （二）部分公开) / （七）总计.");

    public static Rollup ReviewLitigation { get; } = new("ReviewLitigation", "review-litigation", RollupShapes.ReviewLitigation,
        "Table 四 (administrative review and litigation) summed",
        "Every cell of table 四 summed, each row with its correctionRate = 纠正 / (维持 + 纠正 + 其他) (review.correctionRate, …), and reviewLitigation.correctionRate over review and both kinds of litigation.");

    public static Rollup Proactive { get; } = new("Proactive", "proactive", RollupShapes.Proactive,
        "Table 二 (proactive disclosure) summed per format",
        "2019-format and 2021-format figures measure different things, so each is summed on its own (proactiveDisclosure.format2019 and .format2021, each with reports, its number of reports, and the cells in the report's shape); proactiveDisclosure.comparable sums the decisions of 行政许可, 行政处罚 and 行政强制, which both formats report. Amounts are exact 万元.");

    public static Rollup Publications { get; } = new("Publications", "publications", RollupShapes.Publications,
        "Policy interpretations and key-domain items summed",
        "Figures stated in the reports' narratives: policy interpretations (政策解读) and items published per key domain (重点领域), with how many reports stated them.");

    /// <summary>Every rollup the API serves.</summary>
    public static IReadOnlyList<Rollup> All { get; } = [Applications, ReviewLitigation, Proactive, Publications];

    /// <summary>Where it is served, under the API's route prefix: <c>/rollups/applications</c>.</summary>
    public string Path => $"/rollups/{Route}";

    /// <summary>The operation's id in the document: <c>rollupApplications</c>.</summary>
    public string OperationId => $"rollup{Name}";
}
