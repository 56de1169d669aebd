using Disclosure.Persistence;

namespace Disclosure.Api.Hosting;

/// <summary>Why the service could not start on its database, in words an operator can act on.</summary>
public static class StartupFailure
{
    /// <summary>The exit code when the database cannot be used (EX_CONFIG in sysexits.h): not worth restarting as is.</summary>
    public const int ExitCode = 78;

    /// <summary>The one-line explanation of <paramref name="exception"/>; null when it is not about the database file.</summary>
    public static string? Explain(WebApplication app, Exception exception)
    {
        if (exception is UnusableDatabaseException unusable)
            return unusable.Message;
        // Found after migration (reading the data version, say): the file opened, so its path is known.
        return UnusableDatabaseException.From(app.Services.GetRequiredService<Database>().Path, exception)?.Message;
    }
}
