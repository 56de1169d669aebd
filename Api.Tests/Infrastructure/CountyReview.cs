using System.Net;
using System.Text.Json;
using Disclosure.Domain.Reviews;

namespace Disclosure.Api.Tests.Infrastructure;

/// <summary>The county's review of a stored report, over HTTP with the admin key, as the county does it.</summary>
public static class CountyReview
{
    public const string Reason = "表三第一行与第七行不符，请核对后重报。";

    /// <summary>
    /// Accepts (overriding any unexplained finding), returns, unlocks or withdraws revision <paramref name="revision"/>
    /// of a report, and fails the test unless the service says it did.
    /// </summary>
    public static async Task ReviewAsync(ServiceFactory service, string townshipCode, int year, ReviewAction action, int revision = 1)
    {
        using var admin = service.CreateAdminClient();
                using var response = action == ReviewAction.Withdrawn
            ? await admin.DeleteAsync(Routes.Withdrawal(townshipCode, year, reason: Reason, revision: revision))
            : await admin.PostAsync(Routes.Reviews(townshipCode, year), ServiceFactory.Json(JsonSerializer.Serialize(new
            {
                decision = ReviewNames.Of(action),
                revision,
                reason = Reason,
                @override = action == ReviewAction.Accepted,
            })));
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"{action} {townshipCode}/{year} r{revision}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
