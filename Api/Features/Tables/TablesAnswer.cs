using System.Globalization;
using Disclosure.Domain.Printing;

namespace Disclosure.Api.Features.Tables;

/// <summary>The national tables of an area (or of one report) for a year: a set of tables per format present.</summary>
public sealed record TablesAnswer(string? Area, string AreaName, int Year, bool ExcludeFlagged, IReadOnlyList<TableSet> Sets)
{
    /// <summary>The heading of the page and of each sheet: <c>唐河县（411328）2021年政府信息公开工作年度报告统计表</c>.</summary>
    public string Title => string.Create(CultureInfo.InvariantCulture,
        $"{AreaName}{(Area is null ? "" : $"（{Area}）")}{Year}年政府信息公开工作年度报告统计表{(ExcludeFlagged ? "（不含已标记的报告）" : "")}");

    /// <summary>A name for a download of it, without extension: <c>唐河县2021年政府信息公开工作年度报告统计表</c>.</summary>
    public string DownloadName => string.Create(CultureInfo.InvariantCulture,
        $"{AreaName}{Year}年政府信息公开工作年度报告统计表{(ExcludeFlagged ? "（不含已标记的报告）" : "")}");

    /// <summary>The same in ASCII, for clients that cannot read a UTF-8 name: <c>411328-2021-tables</c>.</summary>
    public string FileName => string.Create(CultureInfo.InvariantCulture, $"{Area ?? "national"}-{Year}-tables{(ExcludeFlagged ? "-unflagged" : "")}");
}
