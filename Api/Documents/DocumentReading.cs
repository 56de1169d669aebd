using System.Diagnostics.CodeAnalysis;
using Disclosure.Domain.Importing;

namespace Disclosure.Api.Documents;

/// <summary>What a reader made of a document: either the <see cref="PrintedDocument"/> or the <see cref="DocumentRefusal"/> saying why not.</summary>
public sealed class DocumentReading
{
    private DocumentReading(PrintedDocument? document, DocumentRefusal? refusal)
    {
        Document = document;
        Refusal = refusal;
    }

    public PrintedDocument? Document { get; }

    public DocumentRefusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool WasRead => Document is not null;

    public static DocumentReading Of(PrintedDocument document) => new(document, null);

    public static DocumentReading Refused(string code, string detail) => new(null, new DocumentRefusal(code, detail));

    public static implicit operator DocumentReading(PrintedDocument document) => Of(document);

    public static implicit operator DocumentReading(DocumentRefusal refusal) => new(null, refusal);

    public override string ToString() => WasRead ? $"{Document.Kind}: {Document.Rows.Count} rows" : $"{Refusal.Code}: {Refusal.Detail}";
}
