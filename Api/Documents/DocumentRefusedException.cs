namespace Disclosure.Api.Documents;

/// <summary>
/// Carries a refusal out of a reader's walk over a document (a table too many, the cell budget spent) to the
/// reader's <c>Read</c>, which returns it; it never leaves a reader.
/// </summary>
internal sealed class DocumentRefusedException(string code, string detail) : Exception(detail)
{
    public DocumentRefusal Refusal { get; } = new(code, detail);
}
