using System.Globalization;
using Disclosure.Api.Http;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Registry;
using FastEndpoints;
using FluentValidation.Results;

namespace Disclosure.Api.Features.Imports.Upload;

/// <summary>
/// Binds only the query: the body is the document, which its reader reads; the framework must not consume it.
/// Every parameter that is not valid is named at once.
/// </summary>
public sealed class RequestBinder : IRequestBinder<Request>
{
    public ValueTask<Request> BindAsync(BinderContext ctx, CancellationToken ct)
    {
        var query = ctx.HttpContext.Request.Query;
        var request = new Request();
        void Fail(string name, string code, string message) => ctx.ValidationFailures.Add(new ValidationFailure(name, message) { ErrorCode = code });

        if (query.TryGetValue("townshipCode", out var code))
        {
            request.TownshipCode = code.ToString();
            if (!DivisionCode.IsTownshipCode(request.TownshipCode))
                Fail("townshipCode", Parameters.InvalidTownshipCode, "townshipCode " + Parameters.TownshipCodeMessage);
        }
        if (query.TryGetValue("year", out var year))
        {
            if (int.TryParse(year.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)) request.Year = value;
            else Fail("year", "invalid-year", "year must be a whole number.");
        }
        if (query.TryGetValue("area", out var area))
        {
            request.Area = area.ToString();
            if (!DivisionCode.IsValid(request.Area))
                Fail("area", Parameters.InvalidArea, "area " + Parameters.AreaCodeMessage);
        }
        if (query.TryGetValue("store", out var store))
        {
            if (bool.TryParse(store.ToString(), out var value)) request.Store = value;
            else Fail("store", "invalid-store", "store must be true or false.");
        }
        if (query.TryGetValue("acknowledgedRules", out var rules))
        {
            request.AcknowledgedRules = rules.ToString();
            foreach (var rule in ImportRequest.RuleIds(request.AcknowledgedRules).Where(r => !IdentityRules.Ids.Contains(r)))
                Fail("acknowledgedRules", "invalid-rule", $"'{rule}' is not an identity rule; use {string.Join(", ", IdentityRules.Ids)}.");
        }
        return ValueTask.FromResult(request);
    }
}
