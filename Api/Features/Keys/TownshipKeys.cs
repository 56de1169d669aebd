using Disclosure.Api.Http;
using Disclosure.Domain.Registry;

namespace Disclosure.Api.Features.Keys;

public static class TownshipKeys
{
    /// <summary>Where a township's keys are listed (and issued).</summary>
    public static string Location(string townshipCode) => $"/api/v1/townships/{townshipCode}/keys";

    /// <summary>Answers 404 and returns false when <paramref name="code"/> is no township in the registry.</summary>
    public static async Task<bool> IsTownshipAsync(HttpContext http, DivisionRegistry registry, string code, CancellationToken ct)
    {
        if (registry.IsTownship(code))
            return true;
        await ProblemAnswers.NotFoundAsync(http, $"No township-level unit has the code {code}.", ct);
        return false;
    }
}
