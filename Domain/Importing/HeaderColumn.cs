namespace Disclosure.Domain.Importing;

/// <summary>A column named by a header row of table 二 (<c>信息内容 | 本年制发件数 | …</c>), and whether it says 元.</summary>
internal sealed record HeaderColumn(string Printed, string Normalised, double? X, bool InYuan);
