using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Disclosure.Persistence.Keys;

namespace Disclosure.Persistence.Tests;

public sealed class KeyStoreTests : IDisposable
{
    private static readonly DateTimeOffset Issued = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2024, 3, 2, 10, 30, 0, TimeSpan.Zero);

    private readonly TempDatabase _temp = new();
    private readonly KeyStore _store;

    public KeyStoreTests()
    {
        Migrator.ApplyAsync(_temp.Database).GetAwaiter().GetResult();
        _store = new KeyStore(_temp.Database);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Only_the_hash_of_the_secret_is_stored()
    {
        var issued = await _store.IssueAsync("411328110", Issued);

        Assert.Matches("^tk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$", issued.Key);
        Assert.True(TownshipKeyFormat.TryParse(issued.Key, out var id, out var secret));
        Assert.Equal(issued.Id, id);
        Assert.Equal(32, secret.Length);
        var secretText = issued.Key[(TownshipKeyFormat.Prefix.Length + 16 + 1)..];
        Assert.DoesNotContain(secretText, issued.ToString());

        // The whole row as SQLite keeps it, every column as bytes: neither the secret's bytes nor its text are there.
        var row = await _temp.Database.ReadAsync(async c => await c.QuerySingleAsync<(string Id, string Township, byte[] Hash, string Created, string? Revoked)>(
            "SELECT id, township_code, secret_hash, created_at, revoked_at FROM township_keys"));
        Assert.Equal(issued.Id, row.Id);
        Assert.Equal("411328110", row.Township);
        Assert.Equal(SHA256.HashData(secret), row.Hash);
        Assert.Equal("2024-03-01T09:00:00.0000000Z", row.Created);
        Assert.Null(row.Revoked);
        byte[] stored = [.. Encoding.UTF8.GetBytes(row.Id), .. Encoding.UTF8.GetBytes(row.Township), .. row.Hash, .. Encoding.UTF8.GetBytes(row.Created)];
        Assert.Equal(-1, stored.AsSpan().IndexOf(secret));
        Assert.Equal(-1, stored.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secretText)));
        Assert.Equal(-1, stored.AsSpan().IndexOf(secret.AsSpan(0, 8)));

        // Nor anywhere in the database file.
        var file = await File.ReadAllBytesAsync(_temp.Path);
        var wal = File.Exists(_temp.Path + "-wal") ? await File.ReadAllBytesAsync(_temp.Path + "-wal") : [];
        Assert.Equal(-1, file.AsSpan().IndexOf(secret));
        Assert.Equal(-1, wal.AsSpan().IndexOf(secret));
        Assert.Equal(-1, wal.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secretText)));
    }

    [Fact]
    public async Task A_key_is_found_by_id_listed_without_its_hash_and_revoked_once()
    {
        var first = await _store.IssueAsync("411328110", Issued);
        var second = await _store.IssueAsync("411328110", Later);
        var other = await _store.IssueAsync("411328101", Issued);

        var found = await _store.FindAsync(first.Id);
        Assert.NotNull(found);
        Assert.Equal("411328110", found.TownshipCode);
        Assert.Null(found.RevokedAt);
        Assert.True(TownshipKeyFormat.TryParse(first.Key, out _, out var secret));
        Assert.Equal(SHA256.HashData(secret), found.SecretHash);
        Assert.Null(await _store.FindAsync("0000000000000000"));

        Assert.Equal([new KeySummary(first.Id, Issued, null), new KeySummary(second.Id, Later, null)], await _store.ListAsync("411328110"));
        Assert.Equal([new KeySummary(other.Id, Issued, null)], await _store.ListAsync("411328101"));
        Assert.Empty(await _store.ListAsync("411328001"));

        Assert.False(await _store.RevokeAsync("411328101", first.Id, Later)); // not that township's key
        Assert.False(await _store.RevokeAsync("411328110", "0000000000000000", Later));
        Assert.Null((await _store.FindAsync(first.Id))!.RevokedAt);

        Assert.True(await _store.RevokeAsync("411328110", first.Id, Later));
        Assert.True(await _store.RevokeAsync("411328110", first.Id, Later.AddDays(1))); // again: still found, time kept
        Assert.Equal(Later, (await _store.FindAsync(first.Id))!.RevokedAt);
        Assert.Equal([new KeySummary(first.Id, Issued, Later), new KeySummary(second.Id, Later, null)], await _store.ListAsync("411328110"));
    }

    [Fact]
    public void Only_well_formed_keys_parse()
    {
        var secret = new byte[32];
        secret[0] = 1;
        var key = TownshipKeyFormat.Compose("0123456789abcdef", secret);
        Assert.Equal("tk_0123456789abcdef_" + Base64Url.EncodeToString(secret), key);
        Assert.True(TownshipKeyFormat.TryParse(key, out var id, out var parsed));
        Assert.Equal("0123456789abcdef", id);
        Assert.Equal(secret, parsed);

        string[] malformed =
        [
            "", "tk_", "admin", key + "A", key[..^1], "xk" + key[2..], key.Replace("0123456789abcdef", "0123456789ABCDEF"),
            key.Replace("_AQ", "+AQ"), key[..^1] + "B", // a non-canonical last character decodes to the same bytes
            key.Replace("tk_0123456789abcdef_", "tk_0123456789abcdef-"),
        ];
        Assert.All(malformed, m => Assert.False(TownshipKeyFormat.TryParse(m, out _, out _), m));
    }
}
