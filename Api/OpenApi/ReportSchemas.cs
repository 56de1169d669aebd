using System.Text.Json.Nodes;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Reading;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Disclosure.Api.OpenApi;

/// <summary>
/// Describes the report from the same format definitions the reader checks against, so the document
/// cannot drift from the validation: one schema per format, and <c>Report</c> as their <c>oneOf</c>
/// discriminated by <c>format</c>.
/// </summary>
public sealed class ReportSchemas : IDocumentFilter
{
    public const string Report = "Report";
    private const string ApplicantRow = "ApplicantRow";
    private const string ReviewOutcomes = "ReviewOutcomes";

    private static readonly string[] ApplicantColumns = [.. ApplicationTables.Format2019.Columns.Select(c => c.Name)];

    private static readonly string[] ReviewColumns = [.. ReviewLitigationTable.Table.Columns.Select(c => c.Name)];

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var schemas = document.Components!.Schemas!;
        var format2019 = ReportFormats.Format2019;
        schemas[ApplicantRow] = RowSchema(format2019, $"/{ApplicationTables.Section}/{ApplicationTables.NewlyReceived}", "One row of table 三: applications by applicant. total is optional: derived when absent, checked (A3) when present.");
        schemas[ReviewOutcomes] = RowSchema(format2019, $"/{ReviewLitigationTable.Section}/{ReviewLitigationTable.Table.Rows[0].Path}", "One group of table 四. total is optional: derived when absent, checked (R1) when present.");
        schemas["Publications"] = PublicationsSchema();
        schemas["Narrative"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "Free text from the narrative sections (五、存在的主要问题及改进情况, 六、其他需要报告的事项).",
            AdditionalPropertiesAllowed = false,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["problems"] = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = ReadLimits.MaxNarrativeLength },
                ["otherMatters"] = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = ReadLimits.MaxNarrativeLength },
            },
        };

        var mapping = new Dictionary<string, OpenApiSchemaReference>();
        foreach (var format in ReportFormats.All)
        {
            var id = $"{Report}{format.Id}";
            schemas[id] = ReportSchema(format, document);
            mapping[format.Id] = new OpenApiSchemaReference(id, document);
        }
        schemas[Report] = new OpenApiSchema
        {
            Description = "A township's annual report (政府信息公开工作年度报告). format says which national table layout the figures follow.",
            OneOf = mapping.Values.Cast<IOpenApiSchema>().ToList(),
            Discriminator = new OpenApiDiscriminator { PropertyName = "format", Mapping = mapping },
        };
    }

    private static OpenApiSchema ReportSchema(ReportFormat format, OpenApiDocument document)
    {
        var shapes = format.Layouts.Select(l => l.Shape).ToArray();
        var tree = shapes[0];
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["townshipCode"] = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]{9}$", Description = "The township's 9-digit statistical division code; must be in the registry." },
            ["year"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "2008", Description = "The year reported on, 2008 to the current year." },
            ["format"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(format.Id)], Description = $"The {format.Id} national table layout." },
        };
        foreach (var section in tree.Children)
            properties[section.Name] = NodeSchema([.. shapes.Select(shape => shape.Child(section.Name)!)], document);
        properties["publications"] = new OpenApiSchemaReference("Publications", document);
        properties["narrative"] = new OpenApiSchemaReference("Narrative", document);
        properties["publishedAt"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Format = "date",
            Description = "The date the township published this report (YYYY-MM-DD), after the year reported on and not after today; on time is judged by it when present.",
        };
        properties["acknowledgedRules"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Description = "Identity rules the submitter knowingly breaks; the report is then stored flagged.",
            MaxItems = ReadLimits.MaxAcknowledgedRules,
            Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = IdentityRules.Ids.Select(id => (JsonNode)JsonValue.Create(id)!).ToList() },
        };

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = $"A report in the {format.Id} format.",
            AdditionalPropertiesAllowed = false,
            Required = new HashSet<string> { "townshipCode", "year", "format" }.Concat(tree.Children.Select(c => c.Name)).ToHashSet(),
            Properties = properties,
        };
    }

    /// <summary>
    /// The schema of one member in every layout of a format: the same where the layouts agree, and one of the
    /// layouts' own where they differ (the 2021 format's （六） as three sub-rows or as one row).
    /// </summary>
    private static IOpenApiSchema NodeSchema(IReadOnlyList<ShapeNode> layouts, OpenApiDocument document)
    {
        var node = layouts[0];
        var variants = layouts.DistinctBy(n => string.Join(",", n.Children.Select(c => c.Name))).ToArray();
        if (variants.Length > 1)
            return new OpenApiSchema { OneOf = [.. variants.Select(v => NodeSchema(v, document))] };
        if (node.Cell is not null) return NodeSchema(node, document);
        return NodeSchema(node, document, child => NodeSchema([.. layouts.Select(l => l.Child(child.Name)!)], document));
    }

    private static IOpenApiSchema NodeSchema(ShapeNode node, OpenApiDocument document) =>
        NodeSchema(node, document, child => NodeSchema(child, document));

    private static IOpenApiSchema NodeSchema(ShapeNode node, OpenApiDocument document, Func<ShapeNode, IOpenApiSchema> childSchema)
    {
        if (node.Cell is { } cell)
            return CellSchema(cell);
        var members = node.Children.Select(c => c.Name).ToHashSet();
        if (members.SetEquals(ApplicantColumns))
            return new OpenApiSchemaReference(ApplicantRow, document);
        if (members.SetEquals(ReviewColumns))
            return new OpenApiSchemaReference(ReviewOutcomes, document);

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            AdditionalPropertiesAllowed = false,
            Required = node.Children.Where(c => !c.Optional).Select(c => c.Name).ToHashSet(),
            Properties = node.Children.ToDictionary(c => c.Name, childSchema),
        };
    }

    private static OpenApiSchema RowSchema(ReportFormat format, string rowPointer, string description)
    {
        var node = format.FindNode(rowPointer) ?? throw new InvalidOperationException($"Format {format.Id} has no row {rowPointer}.");
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = description,
            AdditionalPropertiesAllowed = false,
            Required = node.Children.Where(c => !c.Optional).Select(c => c.Name).ToHashSet(),
            Properties = node.Children.ToDictionary(c => c.Name, c => (IOpenApiSchema)CellSchema(c.Cell!)),
        };
    }

    private static OpenApiSchema CellSchema(Cell cell) => cell.Kind switch
    {
        CellKind.Change => new OpenApiSchema
        {
            Type = JsonSchemaType.Integer, Format = "int64",
            Minimum = (-CellLimits.MaxCount).ToString(), Maximum = CellLimits.MaxCount.ToString(),
            Description = $"{cell.LabelZh} — signed change, may be negative.",
        },
        CellKind.AmountFen => new OpenApiSchema
        {
            Type = JsonSchemaType.Number,
            Minimum = "0", Maximum = CellLimits.MaxAmountWan.ToString(),
            Description = $"{cell.LabelZh} — 万元 with at most 6 decimals (one 分); more decimals are refused, never rounded.",
        },
        _ => new OpenApiSchema
        {
            Type = JsonSchemaType.Integer, Format = "int64",
            Minimum = "0", Maximum = CellLimits.MaxCount.ToString(),
            Description = cell.LabelZh,
        },
    };

    private static OpenApiSchema PublicationsSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "Figures stated in the narrative: policy interpretations and items published per key domain (重点领域).",
        AdditionalPropertiesAllowed = false,
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            [PublicationTables.PolicyInterpretations] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0", Maximum = CellLimits.MaxCount.ToString(), Description = "政策解读 and responses to public concerns published this year." },
            [PublicationTables.KeyDomainsRow] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Description = "A domain other than `other` appears at most once; `other` needs a label.",
                MaxItems = ReadLimits.MaxKeyDomains,
                Items = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    AdditionalPropertiesAllowed = false,
                    Required = new HashSet<string> { "domain", "items" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["domain"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = KeyDomains.All.Select(d => (JsonNode)JsonValue.Create(d.Id)!).ToList() },
                        ["items"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0", Maximum = CellLimits.MaxCount.ToString() },
                        ["label"] = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = ReadLimits.MaxLabelLength, Description = "The report's own wording for the domain." },
                    },
                },
            },
        },
    };
}
