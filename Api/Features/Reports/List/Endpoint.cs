using Disclosure.Persistence;
using Disclosure.Api.OpenApi;
using Disclosure.Domain.Registry;
using System.ComponentModel.DataAnnotations;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Reports.List;

public sealed class Endpoint(ReportStore store, DivisionRegistry registry) : Endpoint<Request, ReportListResponse>
{
    public override void Configure()
    {
        Get("/reports");
        AllowAnonymous();
        Description(b => b
            .WithName("listReports")
            .WithTags("Reports")
            .ClearDefaultProduces()
            .Produces<ReportListResponse>(StatusCodes.Status200OK)
            .ProducesProblems(400));
        Summary(s =>
        {
            s.Summary = "List current reports";
            s.Description = "The current revision of every stored report under an area, for a year, flagged or not; in township code and year order, paged.";
            s.Params["area"] = "A division code prefix: 41 a province, 4113 a city, 411328 a county, a 9-digit township.";
            s.Params["year"] = "Only reports on this year.";
            s.Params["flagged"] = "true: only flagged reports; false: only unflagged ones.";
            s.Params["page"] = "The page, from 1.";
            s.Params["pageSize"] = "Reports per page, 1 to 1000 (default 100).";
            s.Responses[200] = "One page of reports, with the total count.";
            s.Responses[400] = "A parameter is not valid; each is named.";
        });
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var page = await store.ListCurrentAsync(request.Area, request.Year, request.Flagged, request.Page, request.PageSize, ct);
        await Send.OkAsync(new ReportListResponse
        {
            Page = page.PageNumber,
            PageSize = page.PageSize,
            Total = page.Total,
            Items = page.Items.Select(i => new ReportListItem
            {
                TownshipCode = i.TownshipCode,
                TownshipName = registry.Find(i.TownshipCode)?.Name ?? "",
                Year = i.Year,
                Format = i.Format,
                Revision = i.Revision,
                Flagged = i.Flagged,
                SubmittedAt = i.SubmittedAt.UtcDateTime,
            }).ToList(),
        }, ct);
    }
}

public sealed class Request
{
    [QueryParam, RegularExpression(Parameters.AreaCodePattern)]
    public string? Area { get; set; }

    [QueryParam]
    public int? Year { get; set; }

    [QueryParam]
    public bool? Flagged { get; set; }

    [QueryParam, Range(1, int.MaxValue)]
    public int Page { get; set; } = 1;

    [QueryParam, Range(1, ReportStore.MaxPageSize)]
    public int PageSize { get; set; } = 100;
}

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        RuleFor(r => r.Area).Must(Parameters.IsAreaCode).When(r => r.Area is not null)
            .WithErrorCode("invalid-area").WithMessage("area " + Parameters.AreaCodeMessage);
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1).WithErrorCode("invalid-page").WithMessage("page must be 1 or more.");
        RuleFor(r => r.PageSize).InclusiveBetween(1, ReportStore.MaxPageSize).WithErrorCode("invalid-page-size").WithMessage("pageSize must be between 1 and 1000.");
    }
}

public sealed class ReportListResponse
{
    public required int Page { get; init; }
    public required int PageSize { get; init; }

    /// <summary>How many reports match, over all pages.</summary>
    public required long Total { get; init; }

    public required IReadOnlyList<ReportListItem> Items { get; init; }
}

public sealed class ReportListItem
{
    public required string TownshipCode { get; init; }
    public required string TownshipName { get; init; }
    public required int Year { get; init; }
    public required string Format { get; init; }
    public required int Revision { get; init; }
    public required bool Flagged { get; init; }
    public required DateTime SubmittedAt { get; init; }
}
