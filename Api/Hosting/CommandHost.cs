using Disclosure.Persistence;

namespace Disclosure.Api.Hosting;

/// <summary>
/// The service's own configuration and services, without HTTP, for a command run from the command line
/// (<c>import</c>): settings read as the service reads them, <c>--database</c> over
/// <c>Database:Path</c>, warnings only in the log, and the database migrated before the command uses it.
/// </summary>
public static class CommandHost
{
    public static async Task<WebApplication> StartAsync(string[] hostArgs, string? database)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = hostArgs,
            ContentRootPath = ContentRoot.Of(hostArgs),
        });
        if (database is not null)
            builder.Configuration.AddInMemoryCollection([new("Database:Path", database)]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddDisclosureService();
        var app = builder.Build();
        await Migrator.ApplyAsync(app.Services.GetRequiredService<Database>());
        return app;
    }
}
