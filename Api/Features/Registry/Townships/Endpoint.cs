using Disclosure.Api.OpenApi;
using Disclosure.Domain.Registry;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Registry.Townships;

public sealed class Endpoint(DivisionRegistry registry) : Endpoint<Request, TownshipsResponse>
{
    public override void Configure()
    {
        Get("/townships");
        AllowAnonymous();
        Description(b => b
            .WithName("listTownships")
            .WithTags("Registry")
            .ClearDefaultProduces()
            .Produces<TownshipsResponse>(StatusCodes.Status200OK)
            .ProducesProblems(400));
        Summary(s =>
        {
            s.Summary = "List the township-level units under an area";
            s.Description = "From the official statistical division list (统计用区划代码): every 镇, 乡, 街道 and similar unit whose code starts with area.";
            s.Params["area"] = "A division code prefix: 41 a province, 4113 a city, 411328 a county, a 9-digit township (find a code by name with GET /api/v1/areas?q=).";
            s.Responses[200] = "The units, in code order.";
            s.Responses[400] = "area is missing or not a division code.";
        });
    }

    public override Task HandleAsync(Request request, CancellationToken ct)
    {
        var townships = registry.TownshipsUnder(request.Area).ToArray();
        return Send.OkAsync(new TownshipsResponse
        {
            Area = request.Area,
            Count = townships.Length,
            Townships = townships.Select(DivisionResponse.From).ToList(),
        }, ct);
    }
}
