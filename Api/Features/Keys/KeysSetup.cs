using Disclosure.Persistence;
using Disclosure.Persistence.Keys;

namespace Disclosure.Api.Features.Keys;

/// <summary>What township keys need from the container: the store that <c>ApiKeyAuthentication</c> and the Keys endpoints read.</summary>
public static class KeysSetup
{
    public static IServiceCollection AddTownshipKeys(this IServiceCollection services) =>
        services.AddSingleton(sp => new KeyStore(sp.GetRequiredService<Database>()));
}
