using Dapper;
using Disclosure.Domain.Registry;

namespace Disclosure.Persistence.Keys;

/// <summary>
/// Township API keys: issued with a fresh random secret of which only the SHA-256 is stored, found by id to
/// authenticate, listed without their hashes, and revoked (never deleted, so that old revisions' submitted_by
/// still names a key that existed).
/// </summary>
public sealed class KeyStore(Database database)
{
    private const string Insert = """
        INSERT INTO township_keys (id, township_code, secret_hash, created_at)
        VALUES (@Id, @TownshipCode, @SecretHash, @CreatedAt)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string SelectById = """
        SELECT township_code AS TownshipCode, secret_hash AS SecretHash, revoked_at AS RevokedAt
        FROM township_keys
        WHERE id = @Id
        """;

    private const string SelectByTownship = """
        SELECT id AS Id, created_at AS CreatedAt, revoked_at AS RevokedAt
        FROM township_keys
        WHERE township_code = @TownshipCode
        ORDER BY created_at, id
        """;

    // coalesce keeps the first revocation's time: revoking again changes nothing but still counts as found.
    private const string Revoke = """
        UPDATE township_keys
        SET revoked_at = coalesce(revoked_at, @RevokedAt)
        WHERE id = @Id AND township_code = @TownshipCode
        """;

    /// <summary>Issues a key for <paramref name="townshipCode"/>. The secret in the answer exists nowhere else.</summary>
    public Task<IssuedKey> IssueAsync(string townshipCode, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        _ = DivisionCode.Parse(townshipCode, DivisionLevel.Township);
        return database.WriteAsync(async (connection, transaction) =>
        {
            // 64 random bits: a clash is practically impossible, but one is simply drawn again, never overwritten.
            for (var attempt = 0; attempt < 5; attempt++)
            {
                var id = TownshipKeyFormat.NewId();
                var secret = TownshipKeyFormat.NewSecret();
                var inserted = await connection.ExecuteAsync(Insert, new
                {
                    Id = id,
                    TownshipCode = townshipCode,
                    SecretHash = TownshipKeyFormat.Hash(secret),
                    CreatedAt = Clock.Format(now),
                }, transaction);
                if (inserted == 1)
                    return new IssuedKey(id, townshipCode, TownshipKeyFormat.Compose(id, secret), now);
            }
            throw new InvalidOperationException("Could not draw an unused key id.");
        }, cancellationToken);
    }

    /// <summary>The key with this id, or null.</summary>
    public Task<StoredKey?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        database.ReadAsync(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<KeyRow>(SelectById, new { Id = id });
            return row is null
                ? null
                : new StoredKey(row.TownshipCode, row.SecretHash, row.RevokedAt is null ? null : Clock.Parse(row.RevokedAt));
        }, cancellationToken);

    /// <summary>A township's keys, oldest first, revoked ones included; never their hashes.</summary>
    public Task<IReadOnlyList<KeySummary>> ListAsync(string townshipCode, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<KeySummary>>(async connection =>
            (await connection.QueryAsync<SummaryRow>(SelectByTownship, new { TownshipCode = townshipCode }))
                .Select(r => new KeySummary(r.Id, Clock.Parse(r.CreatedAt), r.RevokedAt is null ? null : Clock.Parse(r.RevokedAt)))
                .ToList(), cancellationToken);

    /// <summary>
    /// Revokes the township's key <paramref name="id"/>. False when the township has no such key; revoking a
    /// revoked key is true and keeps its first revocation time.
    /// </summary>
    public Task<bool> RevokeAsync(string townshipCode, string id, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        database.WriteAsync(async (connection, transaction) =>
            await connection.ExecuteAsync(Revoke, new { Id = id, TownshipCode = townshipCode, RevokedAt = Clock.Format(now) }, transaction) == 1,
            cancellationToken);

    private sealed class KeyRow
    {
        public string TownshipCode { get; set; } = "";
        public byte[] SecretHash { get; set; } = [];
        public string? RevokedAt { get; set; }
    }

    private sealed class SummaryRow
    {
        public string Id { get; set; } = "";
        public string CreatedAt { get; set; } = "";
        public string? RevokedAt { get; set; }
    }
}
