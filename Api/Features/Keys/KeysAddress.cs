using System.ComponentModel.DataAnnotations;
using Disclosure.Api.Http;
using Disclosure.Domain.Registry;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Keys;

/// <summary>A township's keys in the path: <c>/townships/{code}/keys</c>.</summary>
public class TownshipKeysAddress
{
    /// <summary>The township's 9-digit statistical division code.</summary>
    [RegularExpression(Parameters.TownshipCodePattern)]
    public string Code { get; set; } = "";
}

public sealed class TownshipKeysAddressValidator : Validator<TownshipKeysAddress>
{
    public TownshipKeysAddressValidator()
    {
        RuleFor(a => a.Code).Must(Parameters.IsTownshipCode)
            .WithErrorCode("invalid-township-code").WithMessage("code must be a 9-digit township code.");
    }
}

/// <summary>Binds only the path: these requests have no body, and one sent anyway is not read.</summary>
public sealed class TownshipKeysAddressBinder : IRequestBinder<TownshipKeysAddress>
{
    public ValueTask<TownshipKeysAddress> BindAsync(BinderContext ctx, CancellationToken ct) =>
        ValueTask.FromResult(new TownshipKeysAddress { Code = ctx.HttpContext.Request.RouteValues["code"]?.ToString() ?? "" });
}

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
