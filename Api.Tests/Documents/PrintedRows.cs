using Disclosure.Api.Documents;
using Disclosure.Domain.Importing;

namespace Disclosure.Api.Tests.Documents;

/// <summary>What the document tests look at in a reading: the rows' texts, the document read, the refusal made.</summary>
internal static class PrintedRows
{
    public static string[] Texts(this PrintedRow row) => row.Cells.Select(cell => cell.Text).ToArray();

    public static PrintedDocument Read(this DocumentReading reading)
    {
        Assert.True(reading.WasRead, reading.ToString());
        return reading.Document;
    }

    public static DocumentRefusal Refused(this DocumentReading reading)
    {
        Assert.False(reading.WasRead, reading.ToString());
        return reading.Refusal;
    }

    public static PrintedRow At(this PrintedDocument document, string place) => Assert.Single(document.Rows, row => row.Place == place);

    /// <summary>The one row whose first cell is exactly <paramref name="label"/>.</summary>
    public static PrintedRow Labelled(this PrintedDocument document, string label) =>
        Assert.Single(document.Rows, row => row.Cells.Count > 0 && row.Cells[0].Text == label);
}
