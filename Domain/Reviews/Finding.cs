namespace Disclosure.Domain.Reviews;

/// <summary>
/// Something about a revision that the county wants explained before it signs the report off: a warning, an
/// acknowledged violation or an outlier, named by its <paramref name="Code"/> (X2, A1, …) and the JSON Pointer of the
/// cell it is about. A township explains it by the same code and pointer.
/// </summary>
public sealed record Finding(FindingKind Kind, string Code, string Pointer, string Message)
{
    /// <summary>Whether <paramref name="code"/> and <paramref name="pointer"/> name this finding.</summary>
    public bool Is(string code, string pointer) =>
        string.Equals(Code, code, StringComparison.Ordinal) && string.Equals(Pointer, pointer, StringComparison.Ordinal);
}
