using Disclosure.Api.OpenApi;
using Disclosure.Api.Security;
using Disclosure.Domain.Registry;
using Disclosure.Persistence.Keys;
using FastEndpoints;

namespace Disclosure.Api.Features.Keys.List;

public sealed class Endpoint(KeyStore keys, DivisionRegistry registry) : Endpoint<TownshipKeysAddress, KeysResponse>
{
    public override void Configure()
    {
        Get("/townships/{code}/keys");
        AuthSchemes(ApiKeyAuthentication.SchemeName);
        Roles(Caller.AdminRole);
        Description(b => b
            .WithName("listTownshipKeys")
            .WithTags("Keys")
            .ClearDefaultProduces()
            .Produces<KeysResponse>(StatusCodes.Status200OK)
            .ProducesProblems(400, 401, 403, 404));
        Summary(s =>
        {
            s.Summary = "List a township's API keys (admin)";
            s.Description = "Every key issued for the township, revoked ones included, oldest first: id and times, never the key or its hash.";
            s.Params["code"] = "The township's 9-digit statistical division code.";
            s.Responses[200] = "The township's keys; an empty list when it has none.";
            s.Responses[400] = "code is not a 9-digit code.";
            s.Responses[401] = "No key, or an unknown one, in X-Api-Key.";
            s.Responses[403] = "Only the admin key may list keys.";
            s.Responses[404] = "No township-level unit has this code.";
        });
    }

    public override async Task HandleAsync(TownshipKeysAddress request, CancellationToken ct)
    {
        if (!await TownshipKeys.IsTownshipAsync(HttpContext, registry, request.Code, ct))
            return;

        var listed = await keys.ListAsync(request.Code, ct);
        await Send.OkAsync(new KeysResponse
        {
            TownshipCode = request.Code,
            Keys = listed.Select(k => new KeyListing
            {
                Id = k.Id,
                CreatedAt = k.CreatedAt.UtcDateTime,
                RevokedAt = k.RevokedAt?.UtcDateTime,
            }).ToList(),
        }, ct);
    }
}
