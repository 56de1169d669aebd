namespace Disclosure.Persistence;

/// <summary>A row of <c>schema_migrations</c>.</summary>
public sealed class AppliedMigration
{
    public long Version { get; set; }
    public string Name { get; set; } = "";
    public string Checksum { get; set; } = "";
    public string AppliedAt { get; set; } = "";
}
