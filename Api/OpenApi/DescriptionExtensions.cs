using Disclosure.Api.Problems;

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

    /// <summary>Declares a header that responses with <paramref name="statusCode"/> carry.</summary>
    public static RouteHandlerBuilder ProducesHeader(this RouteHandlerBuilder builder, int statusCode, string name, string description) =>
        builder.WithMetadata(new ResponseHeaderMetadata(statusCode, name, description));
}

/// <summary>A response header an endpoint documents; read by <see cref="FastEndpointsOperationFilter"/>.</summary>
public sealed record ResponseHeaderMetadata(int StatusCode, string Name, string Description);
