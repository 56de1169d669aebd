namespace Disclosure.Api.Hosting;

/// <summary>
/// Where the service reads appsettings.json from: its own folder (where Disclosure.Api.dll is), wherever it
/// is started from — not the working directory, which for a published service is wherever the operator
/// happened to be. A content root given explicitly (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>,
/// as WebApplicationFactory does) still wins.
/// </summary>
public static class ContentRoot
{
    public static string Of(string[] args) =>
        new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.ContentRootKey] is { Length: > 0 } explicitRoot
            ? explicitRoot
            : AppContext.BaseDirectory;
}
