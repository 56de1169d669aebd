using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Security;
using Disclosure.Persistence.Keys;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Keys.Revoke;

public sealed class Endpoint(KeyStore keys, TimeProvider clock) : Endpoint<Request>
{
    public override void Configure()
    {
        Delete("/townships/{code}/keys/{id}");
        AuthSchemes(ApiKeyAuthentication.SchemeName);
        Roles(Caller.AdminRole);
        Description(b => b
            .WithName("revokeTownshipKey")
            .WithTags("Keys")
            .ClearDefaultProduces()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblems(400, 401, 403, 404));
        Summary(s =>
        {
            s.Summary = "Revoke a township's API key (admin)";
            s.Description = "From now on the key gets 401. It stays listed, with its revocation time, and the revisions it " +
                            "submitted keep its id. Revoking a revoked key again changes nothing and answers 204.";
            s.Params["code"] = "The township's 9-digit statistical division code.";
            s.Params["id"] = "The key's id, as issued and listed.";
            s.Responses[204] = "The key is revoked.";
            s.Responses[400] = "code is not a 9-digit code.";
            s.Responses[401] = "No key, or an unknown one, in X-Api-Key.";
            s.Responses[403] = "Only the admin key may revoke keys.";
            s.Responses[404] = "The township has no key with this id.";
        });
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        if (!await keys.RevokeAsync(request.Code, request.Id, clock.GetUtcNow(), ct))
        {
            await ProblemAnswers.NotFoundAsync(HttpContext, $"Township {request.Code} has no key {request.Id}.", ct);
            return;
        }

        Logger.LogInformation("Revoked township key {KeyId} of {TownshipCode}", request.Id, request.Code);
        await Send.NoContentAsync(ct);
    }
}
