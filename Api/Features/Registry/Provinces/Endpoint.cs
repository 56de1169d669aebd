using Disclosure.Domain.Registry;
using FastEndpoints;

namespace Disclosure.Api.Features.Registry.Provinces;

/// <summary>
/// The top of the registry, which <c>/areas/{code}/children</c> cannot name: the provinces, from which a client walks
/// down (the web app's area picker starts here).
/// </summary>
public sealed class Endpoint(DivisionRegistry registry) : EndpointWithoutRequest<ProvincesResponse>
{
    public override void Configure()
    {
        Get("/provinces");
        AllowAnonymous();
        Description(b => b
            .WithName("listProvinces")
            .WithTags("Registry")
            .ClearDefaultProduces()
            .Produces<ProvincesResponse>(StatusCodes.Status200OK));
        Summary(s =>
        {
            s.Summary = "List the provinces";
            s.Description = "Every province-level unit of the official division list, in code order: the top of the registry, " +
                            "from which /areas/{code}/children walks down to the cities, counties and township-level units.";
            s.Responses[200] = "Every province, in code order.";
        });
    }

    public override Task HandleAsync(CancellationToken ct)
    {
        var provinces = registry.Divisions
            .Where(d => d.Level == DivisionLevel.Province)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .Select(DivisionResponse.From)
            .ToList();
        return Send.OkAsync(new ProvincesResponse { Count = provinces.Count, Provinces = provinces }, ct);
    }
}
