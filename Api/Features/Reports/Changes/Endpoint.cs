using System.Security.Cryptography;
using System.Text;
using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Problems;
using Disclosure.Api.Reads;
using Disclosure.Domain.Registry;
using FastEndpoints;

namespace Disclosure.Api.Features.Reports.Changes;

public sealed class Endpoint(ChangesQuery changes, DivisionRegistry registry) : Endpoint<Request, ChangesResponse>
{
    public override void Configure()
    {
        Get("/townships/{code}/reports/{year}/changes");
        AllowAnonymous();
        Description(b => b
            .WithName("getReportChanges")
            .WithTags("Reports")
            .ClearDefaultProduces()
            .Produces<ChangesResponse>(StatusCodes.Status200OK, "application/json", "text/csv")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesHeader(200, "ETag", "Names this answer: the two revisions compared, in this representation. Send it as If-None-Match to poll cheaply.")
            .ProducesProblems(400, 404, 406));
        Summary(s =>
        {
            s.Summary = "What changed between two revisions of a report, or since the year before";
            s.Description = "Cell by cell: every figure of tables 二, 三 and 四 and every publications figure that differs, with its JSON Pointer, " +
                            "the table, the row and column labels as the national format prints them, the two values, the change (to − from, exact) " +
                            "and the ratio (to ÷ from, null when from is 0). Amounts are exact 万元. By default the current revision is compared with " +
                            "the one before it; against=previousYear compares it (or revision to) with the township's current report for the year before. " +
                            "Reports of different formats or layouts (2019 and 2021; 2021 with （六） undivided) are compared on the cells both print: " +
                            "a figure only one has is listed with null on the other side (presentIn from or to), never a value made up; so is a " +
                            "publications figure only one report states. The answer names both reports and counts the figures compared and unchanged.";
            s.Params["code"] = "The township's 9-digit statistical division code.";
            s.Params["year"] = "The year reported on.";
            s.Params["from"] = "The earlier revision; the one before to when absent. Not with against.";
            s.Params["to"] = "The later revision; the current one when absent.";
            s.Params["against"] = "previousYear: compare with the township's current report for the year before, not an earlier revision.";
            s.Params["format"] = "csv for CSV (a line per listed figure); json is the default. Accept: text/csv works too.";
            s.Responses[200] = "The two reports compared and the figures that differ.";
            s.Responses[304] = "If-None-Match names this answer: neither revision compared changed.";
            s.Responses[400] = "A parameter is not valid, or from and against are both given; each problem is named.";
            s.Responses[404] = "No such report, no such revision (from or to), no revision before the first, or no report for the year before (a withdrawn one is none).";
            s.Responses[406] = "Accept accepts neither application/json nor text/csv.";
        });
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        if (await ReadCache.NegotiateAsync(HttpContext, request.Format, [Representation.Csv], ct) is not { } representation)
            return;

        switch (await changes.FindAsync(request, ct))
        {
            case ChangesResult.NotFound missing:
                await ProblemResponses.SendAsync(HttpContext, StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found", missing.Detail,
                    [new ProblemError { Parameter = missing.Parameter, Code = missing.Code, Detail = missing.Detail }], ct);
                break;
            case ChangesResult.Compared compared:
                if (await ConditionalGet.AnsweredNotModifiedAsync(HttpContext, ETagOf(compared, representation), ct))
                    return;
                var answer = ChangesResponse.Of(compared, registry.Find(compared.To.TownshipCode)?.Name ?? "");
                if (representation == Representation.Csv)
                    await Send.BytesAsync(ChangesCsv.Write(answer), contentType: CsvWriter.ContentType, cancellation: ct);
                else
                    await Send.OkAsync(answer, ct);
                break;
        }
    }

    /// <summary>The answer depends only on the two revisions (each named by its own tag) and the representation.</summary>
    private static string ETagOf(ChangesResult.Compared compared, Representation representation)
    {
        var key = $"{compared.From.TownshipCode}/{compared.From.Year}/{compared.From.ETag}|{compared.To.Year}/{compared.To.ETag}|{representation}";
        return $"\"changes-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16]}\"";
    }
}
