namespace Disclosure.Persistence.Explanations;

/// <summary>
/// One explanation as kept: of which revision's finding (<paramref name="Code"/> at <paramref name="Pointer"/>), the
/// text, when and by whom. <paramref name="Superseded"/>: a later explanation of the same finding of the same revision replaced it.
/// </summary>
public sealed record Explanation(int Revision, string Code, string Pointer, string Text, DateTimeOffset At, string By, bool Superseded)
{
    /// <summary>Whether it explains its finding on <paramref name="revision"/>: given on that revision, and not superseded.</summary>
    public bool IsInForceFor(int revision) => Revision == revision && !Superseded;
}
