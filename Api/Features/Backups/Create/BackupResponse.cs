namespace Disclosure.Api.Features.Backups.Create;

/// <summary>A backup just made.</summary>
public sealed class BackupResponse
{
    /// <summary>The file's name in the backup folder, e.g. <c>reports-20250131T160000123Z.db</c>.</summary>
    public required string File { get; init; }

    /// <summary>Its size in bytes.</summary>
    public required long Bytes { get; init; }

    /// <summary>When it was made (UTC): the copy holds every report stored before this moment.</summary>
    public required DateTime CreatedAt { get; init; }
}
