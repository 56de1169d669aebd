namespace Disclosure.Api.OpenApi;

/// <summary>A response header an endpoint documents; read by <see cref="FastEndpointsOperationFilter"/>.</summary>
public sealed record ResponseHeaderMetadata(int StatusCode, string Name, string Description);
