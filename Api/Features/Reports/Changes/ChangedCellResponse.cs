using System.Globalization;
using System.Text.Json.Serialization;
using Disclosure.Domain.Changes;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Reports;

namespace Disclosure.Api.Features.Reports.Changes;

/// <summary>A figure that changed, or that only one of the two reports has (the other side is then null).</summary>
public sealed class ChangedCellResponse
{
    /// <summary>The figure's JSON Pointer in the report (/applications/newlyReceived/naturalPerson); a publications figure is named as the tidy cells name it (/publications/keyDomains/fiscalBudget).</summary>
    public required string Pointer { get; init; }

    /// <summary>The table it is printed in: 二, 三, 四, or publications (figures from the narrative).</summary>
    public required string Table { get; init; }

    /// <summary>The row label as the national format prints it; of the later report's format when both have the figure.</summary>
    public required string Row { get; init; }

    /// <summary>The column label as the national format prints it.</summary>
    public required string Column { get; init; }

    /// <summary>万元 for an amount; absent for a count.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Unit { get; init; }

    /// <summary>both, or from or to when only that report has the figure (another format or layout, or a figure not stated).</summary>
    public required string PresentIn { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required decimal? From { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required decimal? To { get; init; }

    /// <summary>to − from, exact; null when one side has no figure.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required decimal? Change { get; init; }

    /// <summary>to ÷ from, rounded to 6 decimals; null when from is 0 or one side has no figure.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required decimal? Ratio { get; init; }

    public const string AmountUnit = "万元";

    public static ChangedCellResponse Of(ChangedCell cell) => new()
    {
        Pointer = cell.Pointer,
        Table = cell.Table,
        Row = cell.Row,
        Column = cell.Column,
        Unit = cell.Kind == CellKind.AmountFen ? AmountUnit : null,
        PresentIn = NameOf(cell.PresentIn),
        From = Figure(cell.Kind, cell.From),
        To = Figure(cell.Kind, cell.To),
        Change = Figure(cell.Kind, cell.Change),
        Ratio = cell.Ratio,
    };

    public static string NameOf(PresentIn presentIn) => presentIn switch
    {
        Domain.Changes.PresentIn.From => "from",
        Domain.Changes.PresentIn.To => "to",
        _ => "both",
    };

    /// <summary>A count as it is; an amount in 万元, exactly (a decimal holds every 分, so it is written as the report writes it).</summary>
    private static decimal? Figure(CellKind kind, long? value) => value switch
    {
        null => null,
        { } fen when kind == CellKind.AmountFen => decimal.Parse(Amounts.FenToWanText(fen), CultureInfo.InvariantCulture),
        { } count => count,
    };
}
