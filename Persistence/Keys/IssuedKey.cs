namespace Disclosure.Persistence.Keys;

/// <summary>A key just issued. <see cref="Key"/> (<c>tk_{id}_{secret}</c>) is the only copy of its secret.</summary>
public sealed record IssuedKey(string Id, string TownshipCode, string Key, DateTimeOffset CreatedAt)
{
    /// <summary>Keeps the secret out of logs and debugger displays.</summary>
    public override string ToString() => $"IssuedKey {{ Id = {Id}, TownshipCode = {TownshipCode}, CreatedAt = {CreatedAt:O} }}";
}
