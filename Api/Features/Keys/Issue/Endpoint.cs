using Disclosure.Api.OpenApi;
using Disclosure.Api.Security;
using Disclosure.Domain.Registry;
using Disclosure.Persistence.Keys;
using FastEndpoints;

namespace Disclosure.Api.Features.Keys.Issue;

public sealed class Endpoint(KeyStore keys, DivisionRegistry registry, TimeProvider clock) : Endpoint<TownshipKeysAddress, IssuedKeyResponse>
{
    public override void Configure()
    {
        Post("/townships/{code}/keys");
        RequestBinder(new TownshipKeysAddressBinder());
        AuthSchemes(ApiKeyAuthentication.SchemeName);
        Roles(Caller.AdminRole);
        Description(b => b
            .WithName("issueTownshipKey")
            .WithTags("Keys")
            .ClearDefaultAccepts()
            .ClearDefaultProduces()
            .Produces<IssuedKeyResponse>(StatusCodes.Status201Created)
            .ProducesHeader(201, "Location", "Where the township's keys are listed: /api/v1/townships/{code}/keys.")
            .ProducesHeader(201, "Cache-Control", "no-store: the answer holds a secret.")
            .ProducesProblems(400, 401, 403, 404));
        Summary(s =>
        {
            s.Summary = "Issue an API key for a township (admin)";
            s.Description = "Issues a new key with which a township's own system submits that township's reports, and only those. " +
                            "The key (tk_{id}_{secret}) is in this answer and nowhere else: only a hash of its secret is stored, " +
                            "so it cannot be shown again; issue another if it is lost. A township may hold several keys, " +
                            "e.g. while changing one for another. The request has no body.";
            s.Params["code"] = "The township's 9-digit statistical division code.";
            s.Responses[201] = "The key, shown this once; its id names it in listings, revocation and each revision's submittedBy.";
            s.Responses[400] = "code is not a 9-digit code.";
            s.Responses[401] = "No key, or an unknown one, in X-Api-Key.";
            s.Responses[403] = "Only the admin key may issue keys.";
            s.Responses[404] = "No township-level unit has this code.";
        });
    }

    public override async Task HandleAsync(TownshipKeysAddress request, CancellationToken ct)
    {
        if (!await TownshipKeys.IsTownshipAsync(HttpContext, registry, request.Code, ct))
            return;

        var issued = await keys.IssueAsync(request.Code, clock.GetUtcNow(), ct);
        Logger.LogInformation("Issued township key {KeyId} for {TownshipCode}", issued.Id, issued.TownshipCode);
        HttpContext.Response.Headers.CacheControl = "no-store";
        HttpContext.Response.Headers.Location = TownshipKeys.Location(issued.TownshipCode);
        await Send.ResponseAsync(new IssuedKeyResponse
        {
            Id = issued.Id,
            TownshipCode = issued.TownshipCode,
            Key = issued.Key,
            CreatedAt = issued.CreatedAt.UtcDateTime,
        }, StatusCodes.Status201Created, ct);
    }
}
