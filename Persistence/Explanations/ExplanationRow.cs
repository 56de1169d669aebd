namespace Disclosure.Persistence.Explanations;

/// <summary>An explanation as its queries read it (<see cref="Columns"/> of <c>report_explanations e</c>), for every store that reads them.</summary>
internal sealed class ExplanationRow
{
    /// <summary>The columns an <see cref="ExplanationRow"/> is read from, after the township's code when the query wants it.</summary>
    internal const string Columns = $"""
        e.revision AS Revision, e.code AS Code, e.pointer AS Pointer, e.text AS Text, e.at AS At, e.by AS By,
               {ExplanationStore.Superseded}
        """;

    public string TownshipCode { get; set; } = "";
    public int Revision { get; set; }
    public string Code { get; set; } = "";
    public string Pointer { get; set; } = "";
    public string Text { get; set; } = "";
    public string At { get; set; } = "";
    public string By { get; set; } = "";
    public bool Superseded { get; set; }

    public Explanation ToExplanation() => new(Revision, Code, Pointer, Text, Clock.Parse(At), By, Superseded);
}
