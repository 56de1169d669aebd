namespace Disclosure.Domain.Importing;

internal enum MatchKind
{
    Exact,
    /// <summary>The item's text within more text: <c>本年新收政府信息公开申请数量（件）</c>.</summary>
    Contained,
    Typo,
}
