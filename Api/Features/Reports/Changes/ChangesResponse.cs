namespace Disclosure.Api.Features.Reports.Changes;

/// <summary>What changed between two reports of a township, cell by cell.</summary>
public sealed class ChangesResponse
{
    public required string TownshipCode { get; init; }
    public required string TownshipName { get; init; }

    /// <summary>The earlier report: a revision of the same year, or the year before's current report.</summary>
    public required ComparedRevisionResponse From { get; init; }

    /// <summary>The later report.</summary>
    public required ComparedRevisionResponse To { get; init; }

    /// <summary>How many figures both reports have (and so were compared).</summary>
    public required int Compared { get; init; }

    /// <summary>How many of those are equal.</summary>
    public required int Unchanged { get; init; }

    /// <summary>How many of those differ: each is listed.</summary>
    public required int Changed { get; init; }

    /// <summary>How many figures only the earlier report has (listed, with to null).</summary>
    public required int FromOnly { get; init; }

    /// <summary>How many figures only the later report has (listed, with from null).</summary>
    public required int ToOnly { get; init; }

    /// <summary>The figures that changed and those only one report has, in printed order, table by table.</summary>
    public required IReadOnlyList<ChangedCellResponse> Cells { get; init; }

    public static ChangesResponse Of(ChangesResult.Compared compared, string townshipName) => new()
    {
        TownshipCode = compared.To.TownshipCode,
        TownshipName = townshipName,
        From = ComparedRevisionResponse.Of(compared.From),
        To = ComparedRevisionResponse.Of(compared.To),
        Compared = compared.Changes.Compared,
        Unchanged = compared.Changes.Unchanged,
        Changed = compared.Changes.Changed,
        FromOnly = compared.Changes.FromOnly,
        ToOnly = compared.Changes.ToOnly,
        Cells = [.. compared.Changes.Cells.Select(ChangedCellResponse.Of)],
    };
}
