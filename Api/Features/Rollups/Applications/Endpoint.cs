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
            .ProducesRollupAnswer("Applications", RollupShapes.Applications));
        Summary(s =>
        {
            s.Summary = "Table 三 (disclosure applications) summed";
            s.Description = "Every row and applicant column of table 三 summed over the reports, in the report's names. 2019's single （六）其他处理 row, the 2021 rows printed undivided and 2021's three sub-rows all roll into results.otherHandling, a row as in 2019; the 2021 sub-rows are inside it (overdueCorrection, overdueFee, other), with dividedReports, how many of the group's reports they cover. results.disclosureRate = (（一）予以公开 + （二）部分公开) / （七）总计.";
            RollupReads.Describe(s);
        });
    }

    public override Task HandleAsync(RollupRequest request, CancellationToken ct) =>
        rollups.SendAsync(HttpContext, request, RollupShapes.Applications, ct);
}
