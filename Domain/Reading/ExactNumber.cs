using System.Globalization;
using System.Numerics;

namespace Disclosure.Domain.Reading;

/// <summary>Reads a JSON number's text exactly, never through floating point.</summary>
internal static class ExactNumber
{
    // Beyond every range the contract allows, and small enough to compute cheaply.
    private const int MaxExponent = 40;

    /// <summary>
    /// The number times 10^<paramref name="scale"/> in <paramref name="scaled"/>; false when that is not a
    /// whole number (more decimals than <paramref name="scale"/>). <paramref name="text"/> is valid JSON number text.
    /// </summary>
    public static bool TryScale(string text, int scale, out BigInteger scaled)
    {
        var negative = text.StartsWith('-');
        var body = negative ? text[1..] : text;
        var exponentAt = body.IndexOfAny(['e', 'E']);
        var mantissa = exponentAt < 0 ? body : body[..exponentAt];
        var exponent = exponentAt < 0 ? 0L : ParseExponent(body[(exponentAt + 1)..]);

        var point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa : string.Concat(mantissa.AsSpan(0, point), mantissa.AsSpan(point + 1));
        if (point >= 0) exponent -= mantissa.Length - point - 1;

        digits = digits.TrimStart('0');
        var trimmed = digits.TrimEnd('0');
        exponent += digits.Length - trimmed.Length;
        if (trimmed.Length == 0)
        {
            scaled = BigInteger.Zero;
            return true;
        }

        exponent += scale;
        if (exponent < 0)
        {
            scaled = BigInteger.Zero;
            return false;
        }

        var value = BigInteger.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture)
            * BigInteger.Pow(10, (int)Math.Min(exponent, MaxExponent));
        scaled = negative ? -value : value;
        return true;
    }

    /// <summary>
    /// <see cref="TryScale"/> for the numbers reports are made of, read from their UTF-8 text without allocating:
    /// at most 18 digits, no exponent, no more decimals than <paramref name="scale"/>. False for any other number,
    /// which is then for <see cref="TryScale"/> to read (false here does not mean that it has too many decimals).
    /// </summary>
    public static bool TryScaleShort(ReadOnlySpan<byte> utf8, int scale, out long scaled)
    {
        scaled = 0;
        var negative = utf8.Length > 0 && utf8[0] == (byte)'-';
        long value = 0;
        var digits = 0;
        var decimals = -1;
        foreach (var c in negative ? utf8[1..] : utf8)
        {
            if (c == (byte)'.' && decimals < 0)
            {
                decimals = 0;
                continue;
            }
            if (c is < (byte)'0' or > (byte)'9' || ++digits > 18) return false;
            value = value * 10 + (c - '0');
            if (decimals >= 0) decimals++;
        }
        if (decimals > scale) return false;
        for (var d = Math.Max(decimals, 0); d < scale; d++)
        {
            if (++digits > 18) return false;
            value *= 10;
        }
        scaled = negative ? -value : value;
        return true;
    }

    private static long ParseExponent(string text)
    {
        var negative = text.StartsWith('-');
        long value = 0;
        foreach (var c in text.TrimStart('+', '-'))
            value = Math.Min(value * 10 + (c - '0'), 1_000_000_000);
        return negative ? -value : value;
    }
}
