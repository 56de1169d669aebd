using Disclosure.Api.OpenApi;
using Disclosure.Api.Problems;
using Disclosure.Api.Security;
using Disclosure.Persistence;
using FastEndpoints;
using Microsoft.Extensions.Options;

namespace Disclosure.Api.Features.Backups.Create;

public sealed class Endpoint(Backup backup, Database database, IOptions<BackupOptions> options, TimeProvider clock, ILogger<Endpoint> logger)
    : EndpointWithoutRequest<BackupResponse>
{
    public override void Configure()
    {
        Post("/backups");
        AuthSchemes(ApiKeyAuthentication.SchemeName);
        Roles(Caller.AdminRole);
        Description(b => b
            .WithName("createBackup")
            .WithTags("Operations")
            .ClearDefaultProduces()
            .Produces<BackupResponse>(StatusCodes.Status201Created)
            .ProducesProblems(401, 403, 507));
        Summary(s =>
        {
            s.Summary = "Copy the live database to a new backup file";
            s.Description = "Admin key only. Writes a consistent copy of the database as of one moment (SQLite VACUUM INTO) to a new " +
                            "file named by the UTC time in the configured folder (Backup:Folder, default: backups beside the database " +
                            "file), while the service goes on answering and storing reports. The copy is written under a temporary name, checked " +
                            "(PRAGMA integrity_check, the migration journal) and renamed only then, so a backup file is always complete. No body. " +
                            "To restore: stop the service, put the copy in place of the database file (deleting its -wal and -shm), start it.";
            s.Responses[201] = "The backup file's name in the backup folder, its size in bytes and when it was made.";
            s.Responses[401] = "No key, or an unknown one, in X-Api-Key.";
            s.Responses[403] = "The key is not the admin key.";
            s.Responses[507] = "/problems/insufficient-storage: the disk that holds the backup folder is full. No backup was made and no partial file is left.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        BackupFile file;
        try
        {
            file = await backup.CreateAsync(options.Value.FolderFor(database.Path), clock.GetUtcNow(), ct);
        }
        catch (Exception e) when (StorageFailures.Classify(e) == StorageFailure.Full)
        {
            // The backup folder's disk, which need not be the database's: the service itself stays healthy.
            logger.LogError("Backup to {Folder} failed for want of room: {Error}", options.Value.FolderFor(database.Path), e.Message);
            await StorageFailures.SendAsync(HttpContext, StorageFailure.Full,
                "The disk that holds the backup folder is full: no backup was made, and nothing was left behind. Free space and try again.", ct);
            return;
        }
        logger.LogInformation("Backup {Path} written, {Bytes} bytes", file.Path, file.Bytes);
        await Send.ResponseAsync(new BackupResponse { File = file.Name, Bytes = file.Bytes, CreatedAt = file.CreatedAt.UtcDateTime },
            StatusCodes.Status201Created, ct);
    }
}
