using Disclosure.Api.Features.Reports;
using Disclosure.Api.Problems;
using FastEndpoints;

namespace Disclosure.Api.OpenApi;

/// <summary>Shorthands for the response metadata every endpoint declares in its <c>Configure()</c>.</summary>
public static class DescriptionExtensions
{
    /// <summary>Declares an RFC 9457 problem response for each status code.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statusCodes)
    {
        foreach (var status in statusCodes)
            builder.Produces<ProblemResponse>(status, ProblemResponses.ContentType);
        return builder;
    }

    /// <summary>
    /// A read that answers JSON (<typeparamref name="TJson"/>) or tidy CSV, tagged with an ETag, 304 to a
    /// matching If-None-Match, 400 for bad parameters, 406 when Accept takes neither, 503 when too many answers are in progress.
    /// </summary>
    public static RouteHandlerBuilder ProducesTidyAnswer<TJson>(this RouteHandlerBuilder builder) => builder
        .ClearDefaultProduces()
        .Produces<TJson>(StatusCodes.Status200OK, "application/json", "text/csv")
        .ProducesHeader(200, "ETag", "Changes whenever any report is stored or reviewed; send it as If-None-Match to poll cheaply.")
        .Produces(StatusCodes.Status304NotModified)
        .ProducesProblems(400, 406, 503);

    /// <summary>
    /// A rollup: a tidy answer that is one page of groups, linking to the next; its JSON schema, <c>{name}Rollup</c>, is
    /// described from <paramref name="rollup"/>'s shape (see <see cref="RollupSchemas"/>).
    /// </summary>
    public static RouteHandlerBuilder ProducesRollupAnswer(this RouteHandlerBuilder builder, Features.Rollups.Rollup rollup) => builder
        .WithMetadata(rollup)
        .ProducesTidyAnswer<object>()
        .ProducesHeader(200, "Link", "<URL of the next page>; rel=\"next\" when more groups follow (the same URL as next in JSON); absent on the last page.");

    /// <summary>A write that takes a report and answers with the stored revision.</summary>
    public static RouteHandlerBuilder AcceptsReportAndProducesStoredRevision(this RouteHandlerBuilder builder) => builder
        .ClearDefaultProduces()
        .Accepts<ReportBody>("application/json")
        .Produces<StoredReportResponse>(StatusCodes.Status201Created)
        .Produces<StoredReportResponse>(StatusCodes.Status200OK)
        .ProducesHeader(201, "ETag", "Names the stored revision; send it as If-Match to correct it safely.")
        .ProducesHeader(201, "Location", "Where the report is read: /api/v1/townships/{code}/reports/{year}.")
        .ProducesHeader(200, "ETag", "Names the current revision.")
        .ProducesHeader(200, "Location", "Where the report is read.")
        .ProducesProblems(400, 401, 403, 409, 412, 413, 415, 422, 429, 507);

    /// <summary>Declares a header that responses with <paramref name="statusCode"/> carry.</summary>
    public static RouteHandlerBuilder ProducesHeader(this RouteHandlerBuilder builder, int statusCode, string name, string description) =>
        builder.WithMetadata(new ResponseHeaderMetadata(statusCode, name, description));
}
