using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace Disclosure.Api.Problems;

/// <summary>
/// The problem for a status the framework answers without a body of its own: no route (404), a method the route
/// does not take (405), a body that is not JSON (415), or a request Kestrel found broken while the body was read.
/// </summary>
public static class StatusProblems
{
    private static readonly Dictionary<int, (string Type, string Title, string Detail)> ByStatus = new()
    {
        [StatusCodes.Status400BadRequest] = (ProblemTypes.BadRequest, "Bad request", "The request is not valid HTTP."),
        [StatusCodes.Status404NotFound] = (ProblemTypes.NotFound, "Not found", "No resource has this path."),
        [StatusCodes.Status405MethodNotAllowed] = (ProblemTypes.MethodNotAllowed, "Method not allowed", "This path does not take this method; Allow lists the ones it takes."),
        [StatusCodes.Status408RequestTimeout] = (ProblemTypes.RequestTimeout, "Request timeout", "The body arrived too slowly."),
        [StatusCodes.Status413PayloadTooLarge] = (ProblemTypes.PayloadTooLarge, "Payload too large", "The body is larger than the service accepts."),
        [StatusCodes.Status414UriTooLong] = (ProblemTypes.UriTooLong, "URI too long", "The request's path and query are longer than the service accepts."),
        [StatusCodes.Status415UnsupportedMediaType] = (ProblemTypes.UnsupportedMediaType, "Unsupported media type", "Send the body as JSON with Content-Type: application/json."),
        [StatusCodes.Status431RequestHeaderFieldsTooLarge] = (ProblemTypes.RequestHeaderFieldsTooLarge, "Request header fields too large", "The request's headers are larger than the service accepts."),
    };

    /// <summary>The problem for <paramref name="status"/>; any other 4xx is a bad request and any 5xx a server error, so none goes without a documented type.</summary>
    public static ProblemResponse For(HttpContext http, int status, string? detail = null)
    {
        if (ByStatus.TryGetValue(status, out var known))
            return ProblemResponses.Create(http, status, known.Type, known.Title, detail ?? known.Detail);
        var type = status >= 500 ? ProblemTypes.ServerError : ProblemTypes.BadRequest;
        return ProblemResponses.Create(http, status, type, ReasonPhrases.GetReasonPhrase(status), detail);
    }

    /// <summary>For status code pages: answers the problem for the status already set, unless a body was begun.</summary>
    public static Task SendAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (http.Response.HasStarted) return Task.CompletedTask;
        if (http.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
            AllowHeadWithGet(http.Response);
        return ProblemResponses.SendAsync(http, For(http, http.Response.StatusCode));
    }

    /// <summary>Routing lists only the methods endpoints declare; every GET route also answers HEAD (Hosting/HeadRequests).</summary>
    private static void AllowHeadWithGet(HttpResponse response)
    {
        var allowed = response.Headers.Allow.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (allowed.Contains(HttpMethods.Get) && !allowed.Contains(HttpMethods.Head))
            response.Headers.Allow = string.Join(", ", [.. allowed, HttpMethods.Head]);
    }

    /// <summary>
    /// For the exception handler: a request Kestrel found broken while its body was read (a bad chunk, a body that
    /// ends early or arrives too slowly) is the client's, with Kestrel's status; a storage failure is what StorageFailures
    /// says (507 full, 500 damaged, 503 unavailable); anything else is the service's 500.
    /// </summary>
    public static Task SendFailureAsync(HttpContext http) =>
        http.Features.Get<IExceptionHandlerFeature>()?.Error switch
        {
            BadHttpRequestException bad => ProblemResponses.SendAsync(http, For(http, bad.StatusCode, bad.Message)),
            var error => StorageFailures.TrySendAsync(http, error)
                ?? ProblemResponses.SendAsync(http, StatusCodes.Status500InternalServerError, ProblemTypes.ServerError, "Internal server error",
                    "The service failed to answer; the failure has been logged."),
        };
}
