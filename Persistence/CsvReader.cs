using System.Text;

namespace Disclosure.Persistence;

/// <summary>
/// An RFC 4180 reader, a record at a time: comma-separated, fields optionally double-quoted with "" for a quote,
/// CRLF or LF. A blank line is no record.
/// </summary>
internal ref struct CsvReader(ReadOnlySpan<char> text)
{
    private ReadOnlySpan<char> _rest = text;

    /// <summary>Reads the next record into <paramref name="fields"/> (cleared first); false when there is none.</summary>
    public bool Read(List<string> fields)
    {
        while (!_rest.IsEmpty)
        {
            fields.Clear();
            bool ended;
            do fields.Add(ReadField(out ended));
            while (!ended);
            if (fields is not [""])
                return true;
        }
        return false;
    }

    private string ReadField(out bool recordEnded)
    {
        string value;
        if (!_rest.IsEmpty && _rest[0] == '"')
        {
            value = ReadQuoted();
        }
        else
        {
            var end = _rest.IndexOfAny(',', '\r', '\n');
            if (end < 0) end = _rest.Length;
            value = new string(_rest[..end]);
            _rest = _rest[end..];
        }

        recordEnded = _rest.IsEmpty || _rest[0] != ',';
        if (_rest.StartsWith("\r\n")) _rest = _rest[2..];
        else if (!_rest.IsEmpty) _rest = _rest[1..];
        return value;
    }

    /// <summary>A field that starts with a quote: up to the quote that closes it, which a comma or line end must follow.</summary>
    private string ReadQuoted()
    {
        _rest = _rest[1..];
        StringBuilder? unescaped = null;
        while (true)
        {
            var quote = _rest.IndexOf('"');
            if (quote < 0)
                throw new InvalidDataException("A quoted CSV field is not closed.");
            if (quote + 1 < _rest.Length && _rest[quote + 1] == '"')
            {
                (unescaped ??= new StringBuilder()).Append(_rest[..(quote + 1)]);
                _rest = _rest[(quote + 2)..];
                continue;
            }

            var value = unescaped is null ? new string(_rest[..quote]) : unescaped.Append(_rest[..quote]).ToString();
            _rest = _rest[(quote + 1)..];
            if (!_rest.IsEmpty && _rest[0] is not (',' or '\r' or '\n'))
                throw new InvalidDataException("A quoted CSV field is followed by more than a comma or line end.");
            return value;
        }
    }
}
