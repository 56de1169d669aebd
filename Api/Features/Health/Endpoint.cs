using Disclosure.Api.Hosting;
using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
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
            s.Description = "Proven by taking the write lock and reading the migration journal, at most once a second; after a write " +
                            "failed for want of disk space, by a write that needs room.";
            s.Responses[200] = "Yes.";
            s.Responses[503] = "No: the database cannot be read or written; a request found the file damaged (it answered 500 " +
                               "/problems/database-corrupt; until the file is restored); the disk is full (writes answer 507 " +
                               "/problems/insufficient-storage; until there is room again); or the service is still warming up after " +
                               "start-up (for a second or so, with Retry-After).";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        if (!warmUp.IsDone)
        {
            HttpContext.Response.Headers.RetryAfter = "1";
            await ProblemAnswers.UnavailableAsync(HttpContext, "The service is starting: it is warming up and will be ready in a moment.", ct);
            return;
        }
        string? problem;
        try
        {
            problem = await probe.ProblemAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Health check failed");
            problem = "The database cannot be read or written.";
        }
        if (problem is not null)
        {
            await ProblemAnswers.UnavailableAsync(HttpContext, problem, ct);
            return;
        }
        await Send.OkAsync(new HealthResponse { Status = "ok" }, ct);
    }
}
