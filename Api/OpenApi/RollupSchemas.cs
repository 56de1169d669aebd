using System.Text;
using System.Text.Json.Nodes;
using Disclosure.Api.Features.Rollups;
using Disclosure.Api.Reads;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Reviews;
using Disclosure.Domain.Rollups;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Disclosure.Api.OpenApi;

/// <summary>
/// Describes each rollup's answer from its <see cref="RollupShape"/>, the figures the answer is written from, so the
/// document cannot drift from the JSON: <c>{Name}Rollup</c> (the page) and <c>{Name}RollupGroup</c> (a group: key,
/// reports, flagged, then every figure nested by section, row and column, all required, nothing else allowed). The
/// examples are a page of one group written by the answer's own writer from the two example reports.
/// </summary>
public sealed class RollupSchemas(RollupWriter answer) : IOperationFilter
{
    private const string ApplicantRow = "RollupApplicantRow";
    private static readonly string[] ApplicantColumns = [.. ApplicationTables.ApplicantColumns.Select(c => c.Name), ApplicationTables.Total];

    /// <summary>What the members that are not a report's own figures mean.</summary>
    private static readonly Dictionary<string, string> MemberDescriptions = new(StringComparer.Ordinal)
    {
        [RollupShapes.Reports] = "A number of reports: in proactiveDisclosure, the group's reports of this format, which these sums are of; in publications, those that stated publications (the others count 0 in every sum).",
        [RollupShapes.DividedReports] = "How many of the group's reports the 2021 sub-rows cover: the 2021-format reports that print （六） divided. The others (2019-format reports, and 2021-format ones printing （六） as one row) count in this row only.",
        [RollupShapes.DisclosureRate] = "(（一）予以公开 + （二）部分公开) / （七）总计, in the 总计 column: a fraction rounded to 6 decimals; null when （七）总计 is 0.",
        [RollupShapes.CorrectionRate] = "纠正 / (维持 + 纠正 + 其他) of the object it is in (pending cases left out): a fraction rounded to 6 decimals; null when nothing was decided.",
        [ReviewNames.Of(ReviewState.Submitted)] = "How many of these reports are submitted: awaiting the county's review.",
        [ReviewNames.Of(ReviewState.Accepted)] = "How many of these reports the county accepted.",
        [ReviewNames.Of(ReviewState.Returned)] = "How many of these reports the county returned, not yet revised.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<Rollup>().SingleOrDefault() is not { } rollup
            || operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse { Content: { } content }
            || !content.TryGetValue("application/json", out var json) || json is not OpenApiMediaType media)
            return;

        var repository = context.SchemaRepository;
        var key = context.SchemaGenerator.GenerateSchema(typeof(RollupKeyResponse), repository);
        if (!repository.Schemas.ContainsKey(ApplicantRow))
            repository.AddDefinition(ApplicantRow, ApplicantRowSchema());
        var states = context.SchemaGenerator.GenerateSchema(typeof(ReviewStatesResponse), repository);
        var groupId = $"{rollup.Name}RollupGroup";
        repository.AddDefinition(groupId, GroupSchema(rollup.Shape, key, states, context.Document));
        var pageId = $"{rollup.Name}Rollup";
        repository.AddDefinition(pageId, PageSchema(rollup.Name, new OpenApiSchemaReference(groupId, context.Document)));
        media.Schema = new OpenApiSchemaReference(pageId, context.Document);
        media.Example = Example(rollup.Shape);
        if (content.TryGetValue("text/csv", out var csv) && csv is OpenApiMediaType csvMedia)
            csvMedia.Example = CsvExample(rollup.Shape);
    }

    /// <summary>The example page as tidy CSV: its header, the group's first three lines and its last.</summary>
    private JsonNode CsvExample(RollupShape shape)
    {
        var lines = Encoding.UTF8.GetString(ExamplePage(Representation.Csv, shape)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        return JsonValue.Create(string.Concat(lines.Take(4).Append(lines[^1]).Select(line => line + "\r\n")));
    }

    private static OpenApiSchema PageSchema(string name, IOpenApiSchema group) => new()
    {
        Type = JsonSchemaType.Object,
        Description = $"One page of the {name.ToLowerInvariant()} rollup: the filters as understood, then the groups in key order.",
        AdditionalPropertiesAllowed = false,
        Required = new HashSet<string> { "area", "from", "to", "groupBy", "excludeFlagged", "status", "limit", "next", "groups" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["area"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Pattern = "^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3})?)?)?$", Description = "The division code prefix summed; null for the whole country." },
            ["from"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32", Description = "First year, inclusive; null when not limited." },
            ["to"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32", Description = "Last year, inclusive; null when not limited." },
            ["groupBy"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. RollupRequest.GroupNames.Keys.Select(n => (JsonNode)JsonValue.Create(n)!)] },
            },
            ["excludeFlagged"] = new OpenApiSchema { Type = JsonSchemaType.Boolean },
            ["status"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String | JsonSchemaType.Null,
                Pattern = ReviewStatus.Pattern,
                Description = "accepted: only the reports the county accepted are summed; null: every report that counts (submitted, accepted, returned).",
            },
            ["limit"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = RollupRequest.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), Description = "The most groups this answer holds." },
            ["next"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "The URL (path and query) of the next page, also sent as a Link header with rel=\"next\"; null on the last page." },
            ["groups"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = group },
        },
    };

    private static OpenApiSchema GroupSchema(RollupShape shape, IOpenApiSchema key, IOpenApiSchema states, OpenApiDocument document)
    {
        var root = new Node();
        foreach (var figure in shape.Figures)
        {
            var node = root;
            foreach (var part in new[] { figure.Section }.Concat(figure.Row.Split('/', StringSplitOptions.RemoveEmptyEntries)))
                node = node.Child(part);
            node.Children.Add((figure.Column, new Node { Figure = figure }));
        }

        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["key"] = key,
            ["reports"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0", Description = "How many current reports the group sums." },
            ["flagged"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0", Description = "How many of them are stored flagged (with acknowledged identity violations)." },
            ["states"] = states,
        };
        foreach (var (name, section) in root.Children)
            properties[name] = SchemaOf(section, document);
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "One group: its key (the grouped year and divisions, with names), how many reports it sums, how many are flagged and how many are in each review state, then the sums in the report's own shape and names.",
            AdditionalPropertiesAllowed = false,
            Required = properties.Keys.ToHashSet(),
            Properties = properties,
        };
    }

    private static IOpenApiSchema SchemaOf(Node node, OpenApiDocument document)
    {
        if (node.Figure is { } figure)
            return FigureSchema(figure);
        var names = node.Children.Select(c => c.Name).ToArray();
        if (node.Children.Count > 0 && node.Children[0].Node.Figure?.Entry is { } entry)
            return new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Description = $"One entry per {entry.Key}, in this order: {string.Join(", ", names)}.",
                MinItems = names.Length,
                MaxItems = names.Length,
                Items = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    AdditionalPropertiesAllowed = false,
                    Required = new HashSet<string> { entry.Key, entry.Value },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        [entry.Key] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. names.Select(n => (JsonNode)JsonValue.Create(n)!)] },
                        [entry.Value] = FigureSchema(node.Children[0].Node.Figure!),
                    },
                },
            };
        if (names.SequenceEqual(ApplicantColumns) && node.Children.All(c => c.Node.Figure?.Kind == RollupFigureKind.Count))
            return new OpenApiSchemaReference(ApplicantRow, document);
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            AdditionalPropertiesAllowed = false,
            Required = names.ToHashSet(),
            Properties = node.Children.ToDictionary(c => c.Name, c => SchemaOf(c.Node, document)),
        };
    }

    private static OpenApiSchema FigureSchema(RollupFigure figure)
    {
        var description = MemberDescriptions.GetValueOrDefault(figure.Column);
        return figure.Kind switch
        {
            RollupFigureKind.Rate => new OpenApiSchema { Type = JsonSchemaType.Number | JsonSchemaType.Null, Minimum = "0", Description = description },
            RollupFigureKind.Amount => new OpenApiSchema { Type = JsonSchemaType.Number, Description = description ?? "万元, exact (summed in 分)." },
            _ => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Description = description },
        };
    }

    private static OpenApiSchema ApplicantRowSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "One row of table 三 summed: applications by applicant, and 总计.",
        AdditionalPropertiesAllowed = false,
        Required = ApplicantColumns.ToHashSet(),
        Properties = ApplicantColumns.ToDictionary(c => c, _ => (IOpenApiSchema)new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0" }),
    };

    /// <summary>A page of one group, 唐河县, written by <see cref="RollupWriter"/> from the two example reports' cells.</summary>
    private JsonNode Example(RollupShape shape) => JsonNode.Parse(ExamplePage(Representation.Json, shape))!;

    /// <summary>The rollup of 唐河县 by county over 2020 to 2022, one page holding <see cref="RollupExamples.Group"/>.</summary>
    private byte[] ExamplePage(Representation representation, RollupShape shape)
    {
        var filter = new RollupFilter(RollupExamples.Group.Key.County, 2020, 2022, [GroupLevel.County], ExcludeFlagged: false, AcceptedOnly: false);
        return answer.Write(representation, filter, new GroupPage(RollupRequest.DefaultLimit, null),
            new RollupPage([RollupExamples.Group], null), shape, next: null);
    }

    /// <summary>The figures nested as the JSON nests them, in order.</summary>
    private sealed class Node
    {
        public RollupFigure? Figure { get; init; }
        public List<(string Name, Node Node)> Children { get; } = [];

        public Node Child(string name)
        {
            foreach (var (childName, child) in Children)
            {
                if (childName == name) return child;
            }
            var added = new Node();
            Children.Add((name, added));
            return added;
        }
    }
}
