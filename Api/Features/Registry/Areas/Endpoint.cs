using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Domain.Registry;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Registry.Areas;

public sealed class Endpoint(DivisionRegistry registry) : Endpoint<Request, AreaResponse>
{
    public override void Configure()
    {
        Get("/areas/{code}");
        AllowAnonymous();
        Description(b => b
            .WithName("getArea")
            .WithTags("Registry")
            .ClearDefaultProduces()
            .Produces<AreaResponse>(StatusCodes.Status200OK)
            .ProducesProblems(400, 404));
        Summary(s =>
        {
            s.Summary = "Read one province, city, county or township by its code";
            s.Params["code"] = "A division code of 2, 4, 6 or 9 digits.";
            s.Responses[200] = "The unit, its parent chain from the province down, and how many township-level units it holds.";
            s.Responses[400] = "code is not a division code.";
            s.Responses[404] = "No unit has this code.";
        });
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        if (await ProblemAnswers.DivisionOrNotFoundAsync(HttpContext, registry, request.Code, ct) is not { } division)
            return;

        var chain = registry.ChainOf(division);
        await Send.OkAsync(new AreaResponse
        {
            Code = division.Code,
            Name = division.Name,
            Level = division.Level,
            Parents = chain.Take(chain.Count - 1).Select(DivisionResponse.From).ToList(),
            TownshipCount = registry.TownshipsUnder(division.Code).Length,
        }, ct);
    }
}
