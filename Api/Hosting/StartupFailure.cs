using Disclosure.Persistence;
using Microsoft.Extensions.Options;

namespace Disclosure.Api.Hosting;

/// <summary>Why the service could not start on its database or its configuration, in words an operator can act on.</summary>
public static class StartupFailure
{
    /// <summary>The exit code when the database or the configuration cannot be used (EX_CONFIG in sysexits.h): not worth restarting as is.</summary>
    public const int ExitCode = 78;

    /// <summary>The one-line explanation of <paramref name="exception"/>; null when it is about neither the database file nor the configuration.</summary>
    public static string? Explain(WebApplication app, Exception exception)
    {
        if (exception is OptionsValidationException invalid)
            return $"Cannot start with this configuration: {invalid.Message} Fix it in appsettings.json, the environment or the command line.";
        if (exception is UnusableDatabaseException unusable)
            return unusable.Message;
        // Found after migration (reading the data version, say): the file opened, so its path is known.
        return UnusableDatabaseException.From(app.Services.GetRequiredService<Database>().Path, exception)?.Message;
    }
}
