namespace Disclosure.Api.Features.Backups;

/// <summary>Configuration section <c>Backup</c>.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>
    /// Where <c>POST /api/v1/backups</c> writes its copies: absolute, or relative to the database file's folder.
    /// Default <c>backups</c>, beside the database file.
    /// </summary>
    public string Folder { get; set; } = "backups";

    /// <summary>The folder as a full path, for the database at <paramref name="databasePath"/>.</summary>
    public string FolderFor(string databasePath) =>
        Path.GetFullPath(Folder, Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
}
