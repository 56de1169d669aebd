using Disclosure.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddDisclosureService();

var app = builder.Build();
await app.UseDisclosureServiceAsync();
await app.RunAsync();

public partial class Program;
