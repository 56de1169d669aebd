using System.Text;
using Disclosure.Api.Documents;
using static Disclosure.Api.Tests.Documents.TestDocx;

namespace Disclosure.Api.Tests.Documents;

public class DocumentReadersTests
{
    static DocumentReadersTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly DocumentReaders Readers = new();

    private static byte[] Docx => Build("报告", Paragraph("一、总体情况"));

    private static byte[] PingtanPage => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "published", "pingtan-2024.html"));

    [Theory]
    [InlineData("text/html", "html")]
    [InlineData("text/html; charset=utf-8", "html")]
    [InlineData("TEXT/HTML", "html")]
    [InlineData("text/plain", "text")]
    public void A_page_or_text_is_read_by_the_reader_its_media_type_names(string contentType, string kind)
    {
        Assert.Equal(kind, Readers.Read(PingtanPage, contentType, "report.bin").Read().Kind);
    }

    [Fact]
    public void A_pdf_and_a_word_file_are_read_by_the_reader_their_media_type_names()
    {
        Assert.Equal("pdf", Readers.Read(TestPdfs.Sample, DocumentReaders.Pdf, null).Read().Kind);
        Assert.Equal("docx", Readers.Read(Docx, DocumentReaders.Docx, null).Read().Kind);
    }

    [Fact]
    public void The_charset_of_the_media_type_is_used_for_text()
    {
        var bytes = Encoding.GetEncoding("GBK").GetBytes("行政许可\t0");

        Assert.Equal(["行政许可", "0"], Readers.Read(bytes, "text/plain; charset=\"GBK\"", null).Read().Rows[0].Texts());
    }

    [Theory]
    [InlineData("application/octet-stream")]
    [InlineData(null)]
    [InlineData("")]
    public void Without_a_media_type_the_kind_is_sniffed_from_the_bytes(string? contentType)
    {
        Assert.Equal("pdf", Readers.Read(TestPdfs.Sample, contentType, "upload").Read().Kind);
        Assert.Equal("docx", Readers.Read(Docx, contentType, "upload").Read().Kind);
        Assert.Equal("html", Readers.Read(PingtanPage, contentType, "upload").Read().Kind);
        Assert.Equal("html", Readers.Read("<!DOCTYPE html><p>报告</p>"u8.ToArray(), contentType, null).Read().Kind);
        Assert.Equal("html", Readers.Read("\n  <table><tr><td>0</td></tr></table>"u8.ToArray(), contentType, null).Read().Kind);
    }

    [Fact]
    public void Without_a_media_type_text_is_read_as_text_when_its_file_name_says_so()
    {
        Assert.Equal("text", Readers.Read("行政许可\t0"u8.ToArray(), "application/octet-stream", "shangtun-2020.TXT").Read().Kind);
    }

    [Fact]
    public void Without_a_media_type_bytes_of_no_kind_read_here_are_unsupported()
    {
        var refusal = Readers.Read("just some words"u8.ToArray(), "application/octet-stream", "notes").Refused();

        Assert.Equal(new DocumentRefusal(DocumentRefusals.UnsupportedDocument,
            "The document notes was sent without a media type and its bytes are not a web page, a PDF or a Word (.docx) file; send it with its media type (text/plain for plain text)."), refusal);
    }

    [Fact]
    public void A_media_type_of_another_kind_is_unsupported()
    {
        var refusal = Readers.Read(TestPdfs.Sample, "image/png", "scan.png").Refused();

        Assert.Equal(new DocumentRefusal(DocumentRefusals.UnsupportedDocument,
            "The media type image/png is not one read here; send a web page (text/html), a PDF (application/pdf), a Word file (application/vnd.openxmlformats-officedocument.wordprocessingml.document) or plain text (text/plain)."), refusal);
    }

    [Fact]
    public void A_zip_that_is_no_word_file_is_unsupported_unless_it_is_named_docx()
    {
        var zip = Zip(("readme.txt", "hello"));

        Assert.Equal(DocumentRefusals.UnsupportedDocument, Readers.Read(zip, null, "archive.zip").Refused().Code);
        Assert.Equal(DocumentRefusals.CorruptDocument, Readers.Read(zip, null, "report.docx").Refused().Code);
    }

    [Fact]
    public void A_zip_bomb_named_docx_sent_without_a_media_type_is_refused_as_too_large()
    {
        Assert.Equal(DocumentRefusals.DocumentTooLarge, Readers.Read(Bomb(200), "application/octet-stream", "report.docx").Refused().Code);
    }

    [Fact]
    public void An_old_binary_word_file_is_unsupported_and_a_password_protected_office_file_encrypted()
    {
        byte[] compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
        byte[] protectedDocx = [.. compoundFile, .. Encoding.Unicode.GetBytes("EncryptedPackage")];

        Assert.Equal(new DocumentRefusal(DocumentRefusals.UnsupportedDocument,
            "The document is an old binary Office file (a Word 97-2003 .doc); save it as .docx or PDF and send that."), Readers.Read(compoundFile, null, "report.doc").Refused());
        Assert.Equal(new DocumentRefusal(DocumentRefusals.EncryptedDocument,
            "The document is a password-protected Office file; remove the password and send it again."), Readers.Read(protectedDocx, null, "report.docx").Refused());
    }

    [Fact]
    public void An_encrypted_pdf_sent_without_a_media_type_is_refused_as_encrypted()
    {
        Assert.Equal(DocumentRefusals.EncryptedDocument, Readers.Read(TestPdfs.Encrypted(), null, null).Refused().Code);
    }

    [Fact]
    public void A_declared_kind_wins_over_the_bytes()
    {
        Assert.Equal(DocumentRefusals.CorruptDocument, Readers.Read(PingtanPage, DocumentReaders.Pdf, "report.pdf").Refused().Code);
    }

    public static TheoryData<string> Samples => new() { "pdf", "docx", "html", "text" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Damaged_documents_are_read_or_refused_never_thrown_on(string kind)
    {
        var (original, contentType) = kind switch
        {
            "pdf" => (TestPdfs.Sample, DocumentReaders.Pdf),
            "docx" => (Build("报告", Paragraph("一、总体情况"), Table(Row(Cell("行政许可"), Cell("0")))), DocumentReaders.Docx),
            "html" => (PingtanPage, DocumentReaders.Html),
            _ => (File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "shangtun-2020.txt")), DocumentReaders.Text),
        };
        var random = new Random(2024);
        var readings = new List<DocumentReading>();
        for (var i = 0; i < 5; i++)
        {
            var damaged = original[..random.Next(1, original.Length)];
            readings.Add(Readers.Read(damaged, contentType, null));
            damaged = original.ToArray();
            for (var flips = 0; flips < 1 + i * 10; flips++)
                damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            readings.Add(Readers.Read(damaged, contentType, null));
        }

        Assert.All(readings, reading => Assert.True(reading.WasRead || reading.Refusal.Detail.Length > 0));
    }
}
