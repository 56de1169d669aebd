using Disclosure.Api.Features.Reads;
using Disclosure.Domain.Reviews;
using Disclosure.Persistence;
using Disclosure.Persistence.Reviews;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Api.Tests.Infrastructure;

/// <summary>
/// The county's review of a stored report, done on the service's own database with the real <see cref="ReviewStore"/>
/// (the review's HTTP API is not part of these tests), then, as a review answered over HTTP must, the data version
/// advanced: no read answer cached before the review is answered after it.
/// </summary>
public static class Reviews
{
    public const string Reason = "表三第一行与第七行不符，请核对后重报。";

    public static async Task ReviewAsync(ServiceFactory service, string townshipCode, int year, ReviewAction action, int revision = 1)
    {
        var store = new ReviewStore(service.Services.GetRequiredService<Database>());
        var result = await store.ReviewAsync(new ReviewRequest(townshipCode, year, revision, action,
            ReviewRules.NeedsReason(action) ? Reason : null, Overrode: false, By: "admin", At: DateTimeOffset.UtcNow));
        Assert.True(result.Outcome == ReviewOutcome.Done, $"{action} {townshipCode}/{year} r{revision}: {result.Outcome}");
        service.Services.GetRequiredService<DataVersion>().Advance();
    }
}
