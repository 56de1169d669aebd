using System.Buffers.Text;
using System.Security.Cryptography;

namespace Disclosure.Persistence.Keys;

/// <summary>
/// How a township key is written: <c>tk_{id}_{secret}</c>, the id 16 lowercase hex digits (8 random bytes,
/// public), the secret 32 random bytes in base64url without padding (43 characters, shown once, never stored).
/// </summary>
public static class TownshipKeyFormat
{
    public const string Prefix = "tk_";
    public const int IdBytes = 8;
    public const int SecretBytes = 32;

    private const int IdLength = IdBytes * 2;
    private const int SecretLength = 43; // base64url of 32 bytes, unpadded

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdBytes));

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(SecretBytes);

    public static string Compose(string id, ReadOnlySpan<byte> secret) => $"{Prefix}{id}_{Base64Url.EncodeToString(secret)}";

    /// <summary>The SHA-256 of the secret's bytes: what is stored and compared.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> secret) => SHA256.HashData(secret);

    /// <summary>
    /// Splits a presented key into its id and secret. False for anything that is not exactly a key in this
    /// format (wrong prefix, lengths or characters, or a non-canonical base64url secret).
    /// </summary>
    public static bool TryParse(string? key, out string id, out byte[] secret)
    {
        id = "";
        secret = [];
        if (key is null || key.Length != Prefix.Length + IdLength + 1 + SecretLength
            || !key.StartsWith(Prefix, StringComparison.Ordinal) || key[Prefix.Length + IdLength] != '_')
            return false;

        var idPart = key.AsSpan(Prefix.Length, IdLength);
        foreach (var c in idPart)
        {
            if (!char.IsAsciiDigit(c) && c is not (>= 'a' and <= 'f'))
                return false;
        }

        var secretPart = key.AsSpan(Prefix.Length + IdLength + 1);
        var bytes = new byte[SecretBytes];
        if (Base64Url.DecodeFromChars(secretPart, bytes, out var consumed, out var written) != System.Buffers.OperationStatus.Done
            || consumed != SecretLength || written != SecretBytes
            || !secretPart.SequenceEqual(Base64Url.EncodeToString(bytes)))
            return false;

        id = idPart.ToString();
        secret = bytes;
        return true;
    }
}
