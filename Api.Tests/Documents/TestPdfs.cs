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
    public static byte[] Encrypted() => HandWritten(
        $" /Encrypt 5 0 R /ID [<{new string('a', 32)}> <{new string('a', 32)}>]",
        "<< /Length 44 >>\nstream\nBT /F1 12 Tf 20 100 Td (secret text) Tj ET\nendstream"u8.ToArray(),
        Encoding.ASCII.GetBytes($"<< /Filter /Standard /V 1 /R 2 /O <{new string('1', 64)}> /U <{new string('2', 64)}> /P -4 >>"));

    /// <summary>A one-page PDF written by hand whose page content is <paramref name="megabytes"/> MB of spaces, flate-compressed (a thousandfold).</summary>
    public static byte[] FlateBomb(int megabytes)
    {
        var spaces = new byte[1024 * 1024];
        Array.Fill(spaces, (byte)' ');
        return HandWritten("", Stream(Enumerable.Repeat(spaces, megabytes), compressed: true));
    }

    /// <summary>A stream object of the parts one after the other, flate-compressed or as they are.</summary>
    public static byte[] Stream(IEnumerable<byte[]> parts, bool compressed)
    {
        using var body = new MemoryStream();
        using (var writer = compressed ? new System.IO.Compression.ZLibStream(body, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true) : null)
            foreach (var part in parts)
                ((Stream?)writer ?? body).Write(part);
        return [.. Encoding.ASCII.GetBytes($"<< /Length {body.Length}{(compressed ? " /Filter /FlateDecode" : "")} >>\nstream\n"), .. body.ToArray(), .. "\nendstream"u8];
    }

    /// <summary>A PDF of one 200-point page whose content stream is the first extra object, the others after it, with a correct cross-reference table.</summary>
    public static byte[] HandWritten(string trailerExtra, params byte[][] extraObjects)
    {
        byte[][] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>"u8.ToArray(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"u8.ToArray(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>"u8.ToArray(),
            .. extraObjects,
        ];
        using var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            Write($"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write("\nendobj\n");
        }
        var xref = pdf.Length;
        Write($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R{trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
