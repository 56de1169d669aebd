using FastEndpoints;

namespace Disclosure.Api.Features.Keys;

/// <summary>Binds only the path: these requests have no body, and one sent anyway is not read.</summary>
public sealed class TownshipKeysAddressBinder : IRequestBinder<TownshipKeysAddress>
{
    public ValueTask<TownshipKeysAddress> BindAsync(BinderContext ctx, CancellationToken ct) =>
        ValueTask.FromResult(new TownshipKeysAddress { Code = ctx.HttpContext.Request.RouteValues["code"]?.ToString() ?? "" });
}
