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
}
