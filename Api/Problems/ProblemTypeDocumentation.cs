using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Disclosure.Api.Problems;

/// <summary>Lists every problem type in the OpenAPI description of a problem's <c>type</c>, so the contract names them all.</summary>
public sealed class ProblemTypeDocumentation : ISchemaFilter
{
    /// <summary>When each type is answered; a type without an entry here is listed by its URI alone.</summary>
    private static readonly Dictionary<string, string> When = new()
    {
        [ProblemTypes.MalformedReport] = "400: the body is not a report in the contract",
        [ProblemTypes.MalformedRequest] = "400: the body of a review or an explanation is not what it must be (each problem with its pointer and code)",
        [ProblemTypes.InvalidParameter] = "400: a bad path or query parameter",
        [ProblemTypes.BadRequest] = "400 (or another 4xx without a type of its own): a request that is not valid HTTP, such as a broken chunked body",
        [ProblemTypes.Unauthorized] = "401: no key, or an unknown one",
        [ProblemTypes.Forbidden] = "403: the key may not do this",
        [ProblemTypes.NotFound] = "404: no such route, report, revision or division",
        [ProblemTypes.MethodNotAllowed] = "405: the route does not take this method (Allow lists those it takes)",
        [ProblemTypes.NotAcceptable] = "406: a read whose Accept takes neither application/json nor the other type it answers (text/csv; text/plain for a report)",
        [ProblemTypes.RequestTimeout] = "408: the body arrived too slowly",
        [ProblemTypes.StaleRevision] = "409: a review names a revision that is no longer the report's current one (the problem says which is)",
        [ProblemTypes.ReviewStateConflict] = "409: the report's review state does not allow the decision (accepting a withdrawn report, unlocking one that is not accepted), or an explanation of a withdrawn report",
        [ProblemTypes.ReportLocked] = "409: a new revision of a report the county accepted; the county must unlock it first",
        [ProblemTypes.UnexplainedFindings] = "409: acceptance of a report whose findings are not all explained, without override (each unexplained finding listed)",
        [ProblemTypes.PreconditionFailed] = "412: If-Match does not name the current revision",
        [ProblemTypes.PayloadTooLarge] = "413: the body is larger than Limits:MaxBodyBytes (an import: Imports:MaxRequestBytes)",
        [ProblemTypes.UriTooLong] = "414: the path and query are too long",
        [ProblemTypes.UnsupportedMediaType] = "415: the body is not sent as JSON in UTF-8, unencoded; an import that is not a web page, PDF, Word file or text",
        [ProblemTypes.UnprocessableReport] = "422: the report cannot be accepted",
        [ProblemTypes.UnreadableDocument] = "422: an imported document is corrupt, encrypted, a scan without a text layer, too large unpacked, or of too many tables",
        [ProblemTypes.UnrecognisedDocument] = "422: the national tables, or some of their rows, are not in an imported document (each listed)",
        [ProblemTypes.UnknownFinding] = "422: an explanation names no warning, acknowledged violation or outlier of the report's current revision (the findings listed)",
        [ProblemTypes.UnidentifiedReport] = "422: an import whose township or year is neither given nor named, or whose named township is unknown or ambiguous (candidates listed)",
        [ProblemTypes.TooManyRequests] = "429: the key has used its requests for the minute, or the client's address has presented too many refused keys",
        [ProblemTypes.RequestHeaderFieldsTooLarge] = "431: the headers are too large",
        [ProblemTypes.ServerError] = "500 (or another 5xx without a type of its own): the service failed",
        [ProblemTypes.DatabaseCorrupt] = "500: the database file is damaged; restore a backup",
        [ProblemTypes.Unavailable] = "503: the service is starting, too busy computing read answers, or cannot use its database for the moment (Retry-After)",
        [ProblemTypes.InsufficientStorage] = "507: the disk is full; nothing was stored",
    };

    /// <summary>Every type the service answers with: the constants of <see cref="ProblemTypes"/>.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(ProblemTypes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Order(StringComparer.Ordinal)
        .ToList();

    private static IEnumerable<string> InStatusOrder => When.Keys.Concat(All.Except(When.Keys));

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.Type != typeof(ProblemResponse) || schema.Properties?["type"] is not OpenApiSchema type) return;
        type.Description = "The kind of problem, one of: " +
                           string.Join("; ", InStatusOrder.Select(t => When.TryGetValue(t, out var when) ? $"`{t}` ({when})" : $"`{t}`")) + ".";
    }
}
