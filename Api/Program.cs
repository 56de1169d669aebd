using Disclosure.Api.Commands;
using Disclosure.Api.Hosting;

// `Disclosure.Api import …` reads published reports from files and folders, and stores them with --store (see Api/Commands/ImportCommand.cs).
if (args is ["import", .. var importArgs])
    return await ImportCommand.RunAsync(importArgs, Console.Out);

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = ContentRoot.Of(args),
});
builder.AddDisclosureService();

var app = builder.Build();
try
{
    await app.UseDisclosureServiceAsync();
}
catch (Exception e) when (StartupFailure.Explain(app, e) is { } explanation)
{
    // One line an operator can act on, rather than an unhandled exception's stack and SIGABRT.
    app.Logger.LogCritical("{Explanation}", explanation);
    await app.DisposeAsync();
    return StartupFailure.ExitCode;
}
await app.RunAsync();
return 0;

public partial class Program;
