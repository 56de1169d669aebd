using Disclosure.Api.Features.Reports;
using Disclosure.Api.Security;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Disclosure.Api.OpenApi;

/// <summary>How the OpenAPI document is generated: Swashbuckle, bridged to FastEndpoints, with the report schemas.</summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";
    public const string RouteTemplate = "swagger/{documentName}/swagger.{extension:regex(^(json|yaml)$)}";

    public static void Configure(SwaggerGenOptions options)
    {
        options.SwaggerDoc(DocumentName, new OpenApiInfo
        {
            Title = "Township government information disclosure annual reports",
            Version = "1.0.0",
            Description = "Collects townships' annual reports on government information disclosure (政府信息公开工作年度报告) " +
                          "in the national 2019 and 2021 formats, checks them against the format's own arithmetic, keeps every " +
                          "revision, and serves them to dashboards and analysts. Errors are RFC 9457 problem details.",
        });
        // Relative: the operations are on the host that serves this document, wherever it is deployed.
        options.AddServer(new OpenApiServer { Url = "/", Description = "The service that serves this document." });
        options.AddSecurityDefinition(ApiKeyAuthentication.SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthentication.Header,
            Description = "The county's admin key (configuration Security:AdminKey), or a township's key tk_{id}_{secret} issued by the admin " +
                          "(POST /api/v1/townships/{code}/keys), which submits only that township's reports. Reads need no key.",
        });
        options.SupportNonNullableReferenceTypes();
        options.NonNullableReferenceTypesAsRequired();
        options.MapType<ReportBody>(() => new OpenApiSchemaReference(ReportSchemas.Report));
        // These enums are written by name in camelCase (CamelCaseEnumConverter on the properties that carry them), not as numbers.
        options.MapType<Domain.Registry.DivisionLevel>(NamesOf<Domain.Registry.DivisionLevel>);
        options.MapType<Domain.Registry.AreaMatch>(NamesOf<Domain.Registry.AreaMatch>);
        options.CustomSchemaIds(type => type.FullName!.Contains(".Features.", StringComparison.Ordinal) && type.Name is "Request" or "Response"
            ? type.FullName.Split('.')[^2] + type.Name
            : type.Name);
        options.SchemaFilter<OmittedWhenNullFilter>();
        options.SchemaFilter<PrintedTablesSchemas>();
        options.SchemaFilter<ChangesSchemas>();
        options.SchemaFilter<Problems.ProblemTypeDocumentation>();
        options.SchemaFilter<ReviewSchemas>();
        options.OperationFilter<FastEndpointsOperationFilter>();
        options.OperationFilter<ExamplesFilter>();
        options.OperationFilter<RollupSchemas>();
        options.OperationFilter<ChangesSchemas>();
        options.OperationFilter<QualityExamples>();
        options.OperationFilter<ReviewExamples>();
        options.DocumentFilter<ReportSchemas>();
        options.DocumentFilter<ExamplesFilter>();
        options.DocumentFilter<TagDescriptions>();
        options.DocumentFilter<StableOrder>();
    }

    private static OpenApiSchema NamesOf<T>() where T : struct, Enum => new()
    {
        Type = JsonSchemaType.String,
        Enum = Enum.GetValues<T>().Select(value => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(Features.Registry.CamelCaseEnumConverter<T>.NameOf(value))).ToList(),
    };
}
