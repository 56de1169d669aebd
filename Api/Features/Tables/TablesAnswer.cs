using System.Globalization;
using Disclosure.Domain.Printing;

namespace Disclosure.Api.Features.Tables;

/// <summary>The national tables of an area (or of one report) for a year: a set of tables per format present.</summary>
public sealed record TablesAnswer(string? Area, string AreaName, int Year, bool ExcludeFlagged, IReadOnlyList<TableSet> Sets)
{
    /// <summary>Only the reports the county accepted are summed (<c>status=accepted</c>).</summary>
    public bool AcceptedOnly { get; init; }

    /// <summary>
    /// The heading of the page and of each sheet: <c>唐河县（411328）2021年政府信息公开工作年度报告统计表</c>, then what is
    /// left out: <c>（不含已标记的报告）</c>, <c>（仅汇总审核通过的报告）</c>.
    /// </summary>
    public string Title => string.Create(CultureInfo.InvariantCulture,
        $"{AreaName}{(Area is null ? "" : $"（{Area}）")}{Year}年政府信息公开工作年度报告统计表{Qualifiers}");

    /// <summary>A name for a download of it, without extension: <c>唐河县2021年政府信息公开工作年度报告统计表</c>.</summary>
    public string DownloadName => string.Create(CultureInfo.InvariantCulture,
        $"{AreaName}{Year}年政府信息公开工作年度报告统计表{Qualifiers}");

    /// <summary>The same in ASCII, for clients that cannot read a UTF-8 name: <c>411328-2021-tables</c>.</summary>
    public string FileName => string.Create(CultureInfo.InvariantCulture,
        $"{Area ?? "national"}-{Year}-tables{(ExcludeFlagged ? "-unflagged" : "")}{(AcceptedOnly ? "-accepted" : "")}");

    private string Qualifiers => (ExcludeFlagged ? "（不含已标记的报告）" : "") + (AcceptedOnly ? "（仅汇总审核通过的报告）" : "");
}
