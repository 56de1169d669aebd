namespace Disclosure.Persistence;

/// <summary>One consistent copy of the database, made while the service runs.</summary>
public sealed record BackupFile(string Path, long Bytes, DateTimeOffset CreatedAt)
{
    public string Name => System.IO.Path.GetFileName(Path);
}
