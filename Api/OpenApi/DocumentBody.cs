namespace Disclosure.Api.OpenApi;

/// <summary>
/// Endpoint metadata that documents a request body of raw documents (their media types) and of a multipart upload
/// (<see cref="Multipart"/>'s schema), without the routing's content-type matching that <c>Accepts</c> would add:
/// the endpoint itself answers an unsupported type with a problem that says what it takes.
/// </summary>
public sealed record DocumentBody(string Description, IReadOnlyList<string> MediaTypes, Type Multipart);
