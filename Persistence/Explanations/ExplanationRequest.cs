namespace Disclosure.Persistence.Explanations;

/// <summary>An explanation to keep of the finding <paramref name="Code"/> at <paramref name="Pointer"/> of revision <paramref name="Revision"/>.</summary>
public sealed record ExplanationRequest(
    string TownshipCode, int Year, int Revision, string Code, string Pointer, string Text, string By, DateTimeOffset At);
