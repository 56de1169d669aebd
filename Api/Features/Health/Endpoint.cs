using Disclosure.Api.Hosting;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Problems;
using FastEndpoints;

namespace Disclosure.Api.Features.Health;

public sealed class Endpoint(HealthProbe probe, WarmUp warmUp, ILogger<Endpoint> logger) : EndpointWithoutRequest<HealthResponse>
{
    public override void Configure()
    {
        Get("/health");
        RoutePrefixOverride(string.Empty);
        AllowAnonymous();
        Description(b => b
            .WithName("health")
            .WithTags("Operations")
            .ClearDefaultProduces()
            .Produces<HealthResponse>(StatusCodes.Status200OK)
            .ProducesProblems(503));
        Summary(s =>
        {
            s.Summary = "Is the service able to read and write its database?";
            s.Description = "Proven by taking the write lock and reading the migration journal, at most once a second.";
            s.Responses[200] = "Yes.";
            s.Responses[503] = "No: the database cannot be read or written, or the service is still warming up after start-up (for a second or so).";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        if (!warmUp.IsDone)
        {
            HttpContext.Response.Headers.RetryAfter = "1";
            await ProblemResponses.SendAsync(HttpContext, StatusCodes.Status503ServiceUnavailable, ProblemTypes.Unavailable,
                "Unavailable", "The service is starting: it is warming up and will be ready in a moment.", ct: ct);
            return;
        }
        try
        {
            await probe.CheckAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Health check failed");
            await ProblemResponses.SendAsync(HttpContext, StatusCodes.Status503ServiceUnavailable, ProblemTypes.Unavailable,
                "Unavailable", "The database cannot be read or written.", ct: ct);
            return;
        }
        await Send.OkAsync(new HealthResponse { Status = "ok" }, ct);
    }
}

public sealed class HealthResponse
{
    public required string Status { get; init; }
}
