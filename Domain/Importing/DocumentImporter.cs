namespace Disclosure.Domain.Importing;

/// <summary>
/// Finds the national tables (二 主动公开, 三 依申请, 四 复议诉讼) in a published document by their printed labels,
/// wherever a reader put them, and reads their figures exactly: what it cannot read is a problem, never a guess.
/// </summary>
public static class DocumentImporter
{
    /// <summary>The most rows a document may have; a longer one is not read (no report is near this).</summary>
    public const int MaxRows = 100_000;

    public static ImportedReport Read(PrintedDocument document)
    {
        var title = TitleReader.FindTitle(document.Rows, document.Title);
        var publishedAt = document.PublishedAt ?? TitleReader.FindSignatureDate(document.Rows);
        if (document.Rows.Count > MaxRows)
        {
            var detail = $"The document has {document.Rows.Count:N0} rows, more than the {MaxRows:N0} the importer reads; it was not read.";
            return new ImportedReport(new Dictionary<string, long>())
            {
                Title = title?.Title, BodyName = title?.BodyName, Year = title?.Year, PublishedAt = publishedAt,
                Problems = [new ImportProblem(ImportCodes.TooLarge, "", "", "", "", "", detail)],
                NotFound = [.. new[] { LabelCatalogue.Proactive, LabelCatalogue.Applications, LabelCatalogue.ReviewLitigation }.Select(t => new MissingPart(t, null, detail))],
            };
        }
        return new TableReading(document, title, publishedAt).Read();
    }
}
