using System.Text;

namespace Disclosure.Api.Features.Reads;

/// <summary>RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break.</summary>
public sealed class Csv
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    private readonly StringBuilder _text = new();

    public Csv Line(IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) _text.Append(',');
            first = false;
            Append(field ?? "");
        }
        _text.Append("\r\n");
        return this;
    }

    public byte[] ToUtf8Bytes() => Encoding.UTF8.GetBytes(_text.ToString());

    /// <summary>The text so far, as UTF-8, and starts afresh: for writing a long answer in pieces.</summary>
    public byte[] TakeUtf8Bytes()
    {
        var bytes = ToUtf8Bytes();
        _text.Clear();
        return bytes;
    }

    public override string ToString() => _text.ToString();

    private void Append(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _text.Append(field);
            return;
        }
        _text.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
    }
}
