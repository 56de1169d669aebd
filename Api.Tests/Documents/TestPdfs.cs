using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Disclosure.Api.Tests.Documents;

/// <summary>Small PDFs made in the tests: words placed where a test wants them, pages without text, an encrypted file.</summary>
internal static class TestPdfs
{
    public static byte[] Sample => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "published", "hongze-2024.pdf"));

    /// <summary>One A4 page with each text at its left and baseline, in Helvetica of its size.</summary>
    public static byte[] Words(params (string Text, double Left, double Baseline, double Size)[] words)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        foreach (var (text, left, baseline, size) in words)
            page.AddText(text, size, new PdfPoint(left, baseline), font);
        return builder.Build();
    }

    /// <summary>Pages with a rectangle drawn on each and not a letter of text: what a scan looks like to a text reader.</summary>
    public static byte[] WithoutText(int pages)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
            builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(50, 50), 400, 600, 2, fill: true);
        return builder.Build();
    }

    /// <summary>
    /// A one-page PDF written by hand whose trailer names an /Encrypt dictionary (the standard security handler,
    /// revision 2) whose user password is not empty: a reader cannot decrypt it without the password.
    /// </summary>
    public static byte[] Encrypted()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
            "<< /Length 44 >>\nstream\nBT /F1 12 Tf 20 100 Td (secret text) Tj ET\nendstream",
            $"<< /Filter /Standard /V 1 /R 2 /O <{new string('1', 64)}> /U <{new string('2', 64)}> /P -4 >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            pdf.Append($"{offset:D10} 00000 n \n");
        var id = new string('a', 32);
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
