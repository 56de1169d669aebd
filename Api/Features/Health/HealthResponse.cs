namespace Disclosure.Api.Features.Health;

public sealed class HealthResponse
{
    public required string Status { get; init; }
}
