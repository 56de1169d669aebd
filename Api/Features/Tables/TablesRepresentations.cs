using Disclosure.Api.Reads;
using Disclosure.Domain.Printing;

namespace Disclosure.Api.Features.Tables;

/// <summary>The ways the national tables are answered besides JSON, and each one's writer.</summary>
public static class TablesRepresentations
{
    /// <summary>A workbook and a printable page.</summary>
    public static readonly IReadOnlyList<Representation> Printed = [Representation.Xlsx, Representation.Html];

    /// <summary>The answer in <paramref name="representation"/>: JSON, a workbook or a page.</summary>
    public static byte[] Render(TablesAnswer answer, Representation representation) => representation switch
    {
        Representation.Xlsx => TablesWorkbook.Write(answer),
        Representation.Html => System.Text.Encoding.UTF8.GetBytes(PrintedHtml.Write(answer.Title, answer.Sets)),
        _ => TablesJson.Write(answer),
    };
}
