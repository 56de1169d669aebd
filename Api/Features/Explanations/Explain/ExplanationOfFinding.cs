namespace Disclosure.Api.Features.Explanations.Explain;

/// <summary>An explanation as read: of the finding <paramref name="Code"/> at <paramref name="Pointer"/>.</summary>
public sealed record ExplanationOfFinding(string Code, string Pointer, string Text);
