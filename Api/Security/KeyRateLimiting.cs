using System.Globalization;
using System.Threading.RateLimiting;
using Disclosure.Api.Hosting;
using Disclosure.Api.Problems;
using Microsoft.Extensions.Options;

namespace Disclosure.Api.Security;

/// <summary>
/// Each township key may make <see cref="SecurityOptions.PermitsPerMinute"/> requests a minute; beyond that
/// it gets 429 with Retry-After. The admin key is not limited, so a county can bulk-load past years, and
/// reads are not either, with a key or without: they need none and are cached answers. Refused keys are
/// limited per client address (<see cref="FailedAuthentications"/>), before any key is checked.
/// </summary>
public static class KeyRateLimiting
{
    public static IServiceCollection AddKeyRateLimiting(this IServiceCollection services) =>
        services.AddSingleton<FailedAuthentications>().AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var keyId = http.User.FindFirst(Caller.KeyIdClaim)?.Value;
                var township = http.User.FindFirst(Caller.TownshipClaim)?.Value;
                if (keyId is null || township is null || HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                    return RateLimitPartition.GetNoLimiter("unlimited");

                var permits = http.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.PermitsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(keyId, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            options.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? (int)Math.Ceiling(wait.TotalSeconds)
                    : 60;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await ProblemResponses.SendAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, ProblemTypes.TooManyRequests,
                    "Too many requests", $"This key may make {context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.PermitsPerMinute} requests a minute; try again in {retryAfter} s.", ct: ct);
            };
        });
}
