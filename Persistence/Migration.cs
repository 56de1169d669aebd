using System.Security.Cryptography;
using System.Text;

namespace Disclosure.Persistence;

/// <summary>One numbered schema script. The checksum is the SHA-256 of its text with line endings normalised.</summary>
public sealed record Migration(int Version, string Name, string Sql, string Checksum)
{
    public static Migration Create(int version, string name, string sql)
    {
        var normalised = sql.Replace("\r\n", "\n", StringComparison.Ordinal);
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
        return new Migration(version, name, normalised, checksum);
    }
}
