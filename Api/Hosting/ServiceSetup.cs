using Disclosure.Api.Documents;
using Disclosure.Api.Features.Imports;
using Disclosure.Api.Features.Reports;
using Disclosure.Api.Features.Rollups;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Problems;
using Disclosure.Api.Reads;
using Disclosure.Api.Security;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Registry;
using Disclosure.Persistence;
using Disclosure.Persistence.Rollups;
using FastEndpoints;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Disclosure.Api.Hosting;

/// <summary>Everything the service registers and the order its request pipeline runs in.</summary>
public static class ServiceSetup
{
    public static WebApplicationBuilder AddDisclosureService(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<DatabaseFileOptions>(builder.Configuration.GetSection(DatabaseFileOptions.Section));
        services.Configure<SecurityOptions>(builder.Configuration.GetSection(SecurityOptions.Section));
        services.Configure<LimitOptions>(builder.Configuration.GetSection(LimitOptions.Section));
        services.Configure<ImportOptions>(builder.Configuration.GetSection(ImportOptions.Section));
        services.AddOptions<ReadOptions>().Bind(builder.Configuration.GetSection(ReadOptions.Section))
            .Validate(ReadOptions.AreUsable, ReadOptions.Requirement);

        services.AddSingleton(TimeProvider.System);
        // The division list is read while the host is built and the database migrated, not after: it takes a core
        // for tens of milliseconds. Whoever asks for the registry first waits for all of it.
        var divisions = Task.Run(() => DivisionsCsv.Load(Path.Combine(AppContext.BaseDirectory, "Data", "divisions")));
        services.AddSingleton(_ => divisions.GetAwaiter().GetResult());
        var areaSearch = Task.Run(async () => new AreaSearch(await divisions));
        services.AddSingleton(_ => areaSearch.GetAwaiter().GetResult());
        services.AddSingleton(sp => new Database(ResolveDatabasePath(sp.GetRequiredService<IOptions<DatabaseFileOptions>>().Value.Path)));
        services.AddSingleton(sp => new ReportStore(sp.GetRequiredService<Database>(), ReportFormats.Find));
        services.AddSingleton<ReportSubmission>();
        services.AddSingleton<Features.Reports.Changes.ChangesQuery>();
        services.AddSingleton(new DocumentReaders());
        services.AddSingleton<DocumentImport>();
        services.AddSingleton<ImportGate>();
        services.AddSingleton<Features.Health.HealthProbe>();
        services.AddSingleton<Features.Health.StorageHealth>();
        services.AddSingleton(sp => new RollupStore(sp.GetRequiredService<Database>(), ReportFormats.Find));
        services.AddSingleton<DataVersion>();
        services.AddSingleton<ReadCache>();
        services.AddSingleton<RollupWriter>();
        services.AddSingleton<RollupReads>();
        services.AddSingleton<Features.Tables.AreaTables>();
        services.AddSingleton<WarmUp>();
        services.AddSingleton<SampleReports>();
        Features.Keys.KeysSetup.AddTownshipKeys(services);
        Features.Reviews.ReviewsSetup.AddReviews(services);
        Features.Backups.BackupSetup.AddBackups(services, builder.Configuration);
        Features.Quality.QualitySetup.AddQuality(services, builder.Configuration);

        // Dashboards on other hosts may read everything; writes stay same-origin (no preflight is allowed).
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "HEAD")
            .WithHeaders("Accept", "If-None-Match")
            .WithExposedHeaders("ETag", "Location", "Link")));

        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorization();
        services.AddKeyRateLimiting();
        services.AddWebApp();
        services.AddFastEndpoints();
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(OpenApiSetup.Configure);
        return builder;
    }

    public static async Task<WebApplication> UseDisclosureServiceAsync(this WebApplication app)
    {
        // Bounds that cannot work stop start-up here, with their own message, not at the first read.
        _ = app.Services.GetRequiredService<IOptions<ReadOptions>>().Value;
        _ = app.Services.GetRequiredService<IOptions<Domain.Quality.OutlierThresholds>>().Value;
        // The database is opened and migrated on the thread pool while the request pipeline is put together below
        // (each takes a core for a while at start-up: docs/PERFORMANCE.md, item 15); the service listens only after this has returned.
        var migrating = Task.Run(async () =>
        {
            var database = app.Services.GetRequiredService<Database>();
            await Migrator.ApplyAsync(database);
            app.Services.GetRequiredService<DataVersion>().Start(await DataGeneration.ReadAsync(database));
            return database;
        });
        var warmUp = app.Services.GetRequiredService<WarmUp>();
        app.Lifetime.ApplicationStarted.Register(() => _ = warmUp.RunAsync());
        if (string.IsNullOrEmpty(app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.AdminKey))
            app.Logger.LogCritical("No admin key is configured (Security:AdminKey, environment Security__AdminKey): " +
                                   "this service refuses every write with 401 until one is set. Reads work.");

        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = StatusProblems.SendFailureAsync,
            // A request Kestrel found broken is the client's fault and answered 4xx, not a failure of the service to log.
            SuppressDiagnosticsCallback = failure => failure.Exception is BadHttpRequestException,
        });
        app.Use(HeadRequests.AnswerAsGetAsync);
        app.UseStatusCodePages(StatusProblems.SendAsync);
        app.UseWebApp();
        // Routing comes after HEAD has become GET, so that every GET route answers HEAD.
        app.UseRouting();
        app.UseCors();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.Use(MissingContentType.RefuseAsync);
        app.UseFastEndpoints(c =>
        {
            c.Endpoints.RoutePrefix = "api/v1";
            c.Endpoints.ShortNames = true;
            ApiJson.Configure(c.Serializer.Options);
            c.Errors.ContentType = ProblemResponses.ContentType;
            c.Errors.StatusCode = StatusCodes.Status400BadRequest;
            c.Errors.ResponseBuilder = ParameterProblem;
        });
        app.UseSwagger(o => o.RouteTemplate = OpenApiSetup.RouteTemplate);
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "swagger";
            o.SwaggerEndpoint($"/swagger/{OpenApiSetup.DocumentName}/swagger.json", "v1");
        });

        var migrated = await migrating;
        if (app.Configuration.GetValue<bool>(SampleReports.SettingName))
            await app.Services.GetRequiredService<SampleReports>().SeedAsync(app.Lifetime.ApplicationStopping);
        var registry = app.Services.GetRequiredService<DivisionRegistry>();
        app.Logger.LogInformation("Database {Path} migrated; registry holds {Townships} township-level units", migrated.Path, registry.TownshipCount);
        return app;
    }

    /// <summary>FastEndpoints' binding and validation failures are all about path and query parameters.</summary>
    private static object ParameterProblem(List<ValidationFailure> failures, HttpContext http, int status) =>
        ProblemResponses.Create(http, status, ProblemTypes.InvalidParameter, "Invalid parameters", ProblemResponses.Summarise(failures.Count),
            failures.Select(f => ProblemResponses.ForParameter(
                char.ToLowerInvariant(f.PropertyName[0]) + f.PropertyName[1..],
                string.IsNullOrEmpty(f.ErrorCode) || f.ErrorCode.EndsWith("Validator", StringComparison.Ordinal) ? "invalid-parameter" : f.ErrorCode,
                f.ErrorMessage)).ToList());

    private static string ResolveDatabasePath(string path) => Path.GetFullPath(path, Directory.GetCurrentDirectory());
}
