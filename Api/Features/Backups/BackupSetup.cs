using Disclosure.Persistence;

namespace Disclosure.Api.Features.Backups;

public static class BackupSetup
{
    /// <summary>Registers the online backup of the database and its options.</summary>
    public static IServiceCollection AddBackups(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BackupOptions>(configuration.GetSection(BackupOptions.Section));
        services.AddSingleton(sp => new Backup(sp.GetRequiredService<Database>()));
        return services;
    }
}
