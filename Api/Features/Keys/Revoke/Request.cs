namespace Disclosure.Api.Features.Keys.Revoke;

public sealed class Request : TownshipKeysAddress
{
    /// <summary>The key's id.</summary>
    public string Id { get; set; } = "";
}
