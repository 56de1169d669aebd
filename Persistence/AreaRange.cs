using Disclosure.Domain.Registry;

namespace Disclosure.Persistence;

/// <summary>
/// A code prefix as a half-open range of codes, <c>From ≤ code &lt; To</c>, so that the prefix is matched with an
/// index and never spliced into SQL. Codes are ASCII digits, where text order is byte order.
/// </summary>
internal sealed record AreaRange(string From, string To)
{
    /// <summary>
    /// The range of codes starting with <paramref name="prefix"/>, a division code or the start of one
    /// (<see cref="DivisionCode.IsPrefix"/>); null (no restriction) for null or empty.
    /// </summary>
    public static AreaRange? Of(string? prefix)
    {
        if (string.IsNullOrEmpty(prefix)) return null;
        if (!DivisionCode.IsPrefix(prefix))
            throw new ArgumentException($"An area code prefix is at most 9 digits, not \"{prefix}\".", nameof(prefix));
        return new AreaRange(prefix, prefix[..^1] + (char)(prefix[^1] + 1));
    }
}
