using Disclosure.Api.OpenApi;
using Disclosure.Domain.Rollups;
using FastEndpoints;

namespace Disclosure.Api.Features.Rollups.Applications;

public sealed class Endpoint(RollupReads rollups) : Endpoint<RollupRequest>
{
    public override void Configure()
    {
        Get("/rollups/applications");
        AllowAnonymous();
        Description(b => b
            .WithName("rollupApplications")
            .WithTags("Rollups")
            .ProducesRollupAnswer());
        Summary(s =>
        {
            s.Summary = "Table 三 (disclosure applications) summed";
            s.Description = "Every row and applicant column of table 三 summed over the reports. 2019's single （六）其他处理 row and 2021's three sub-rows both roll into results.otherHandling.total; the 2021 sub-rows are kept too. rates.disclosureRate = (（一）予以公开 + （二）部分公开) / （七）总计.";
            RollupReads.Describe(s);
        });
    }

    public override Task HandleAsync(RollupRequest request, CancellationToken ct) =>
        rollups.SendAsync(HttpContext, request, RollupShapes.Applications, ct);
}
