using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Disclosure.Api.Features.Reads;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Problems;
using Disclosure.Domain.Registry;
using Disclosure.Domain.Rollups;
using Disclosure.Domain.Validation;
using Disclosure.Persistence.Rollups;
using FastEndpoints;
using FluentValidation;

namespace Disclosure.Api.Features.Completeness;

public sealed class Endpoint(RollupStore store, DivisionRegistry registry, ReadAnswers reads) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/completeness");
        AllowAnonymous();
        Description(b => b
            .WithName("completeness")
            .WithTags("Rollups")
            .ProducesTidyAnswer<CompletenessResponse>());
        Summary(s =>
        {
            s.Summary = "Who has reported for a year, who has not, and who was on time";
            s.Description = "Expected are the township-level units under area in the official registry. On time: the first revision " +
                            "arrived before 1 February of the next year, 00:00 China Standard Time (the 31 January deadline of 条例 art. 50). " +
                            "rate = submitted / expected, onTimeRate = onTime / expected; null when nothing is expected. " +
                            "CSV: one line per township-level unit, with whether and when it reported.";
            s.Params["year"] = "The year reported on, 2008 to 9998.";
            s.Params["area"] = "A division code prefix: 41 a province, 4113 a city, 411328 a county, a 9-digit township (find a code by name with GET /api/v1/areas?q=). Absent: the whole country.";
            s.Params["format"] = "csv for CSV; json is the default. Accept: text/csv works too.";
            s.Responses[200] = "The counts, and the missing units listed by code and name.";
            s.Responses[304] = "If-None-Match names the current answer: nothing changed.";
            s.Responses[400] = "A parameter is not valid; each is named.";
        });
    }

    public override Task HandleAsync(Request request, CancellationToken ct) =>
        reads.SendAsync(HttpContext, $"completeness?area={request.Area}&year={request.Year}", ReadAnswers.Negotiate(HttpContext, request.Format),
            async (representation, token) =>
            {
                var submissions = await store.ListSubmissionsAsync(request.Area, request.Year!.Value, token);
                return new ReadBody(representation == Representation.Csv
                    ? Csv(request, submissions)
                    : JsonSerializer.SerializeToUtf8Bytes(CompletenessResponse.From(
                        Domain.Rollups.Completeness.Of(registry, request.Area, request.Year.Value, submissions)), ApiJson.Options));
            }, ct);

    private byte[] Csv(Request request, IReadOnlyList<SubmittedReport> submissions)
    {
        var year = request.Year!.Value;
        var byCode = submissions.ToDictionary(s => s.TownshipCode, StringComparer.Ordinal);
        using var csv = new Csv().Line(["year", "townshipCode", "townshipName", "submitted", "onTime", "firstSubmittedAt", "publishedAt"]);
        foreach (var township in registry.TownshipsUnder(request.Area ?? ""))
        {
            var report = byCode.GetValueOrDefault(township.Code);
            csv.Line([
                year.ToString(CultureInfo.InvariantCulture), township.Code, township.Name,
                report is not null ? "true" : "false", report?.IsOnTime(year) == true ? "true" : "false",
                report?.FirstSubmittedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) ?? "",
                report?.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ]);
        }
        return csv.ToUtf8Bytes();
    }
}

public sealed class Request : ReadRequest
{
    [QueryParam, Required]
    public int? Year { get; set; }

    [QueryParam, RegularExpression(Parameters.AreaCodePattern)]
    public string? Area { get; set; }
}

public sealed class RequestValidator : Validator<Request>
{
    public RequestValidator()
    {
        Include(new ReadRequestValidator());
        RuleFor(r => r.Year).NotNull().WithErrorCode("missing-year").WithMessage("year is required.");
        // Reports start in 2008; the deadline, in the next year, must still be a date (9999 at most).
        RuleFor(r => r.Year).InclusiveBetween(SubmissionChecks.FirstYear, DateTimeOffset.MaxValue.Year - 1).When(r => r.Year is not null)
            .WithErrorCode("invalid-year").WithMessage($"year must be between {SubmissionChecks.FirstYear} and {DateTimeOffset.MaxValue.Year - 1}.");
        RuleFor(r => r.Area).Must(Parameters.IsAreaCode).When(r => r.Area is not null)
            .WithErrorCode("invalid-area").WithMessage("area " + Parameters.AreaCodeMessage);
    }
}

public sealed class CompletenessResponse
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Area { get; init; }

    public required int Year { get; init; }

    /// <summary>The first instant that is late: 1 February of the next year, 00:00 China Standard Time.</summary>
    public required DateTimeOffset Deadline { get; init; }

    public required int Expected { get; init; }
    public required int Submitted { get; init; }
    public required int OnTime { get; init; }

    /// <summary>submitted / expected, rounded to 6 decimals; null when nothing is expected.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required decimal? Rate { get; init; }

    /// <summary>onTime / expected, rounded to 6 decimals; null when nothing is expected.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required decimal? OnTimeRate { get; init; }

    /// <summary>The township-level units with no report for the year, in code order.</summary>
    public required IReadOnlyList<MissingTownship> Missing { get; init; }

    public static CompletenessResponse From(CompletenessResult r) => new()
    {
        Area = r.Area,
        Year = r.Year,
        Deadline = r.Deadline,
        Expected = r.Expected,
        Submitted = r.Submitted,
        OnTime = r.OnTime,
        Rate = r.Rate,
        OnTimeRate = r.OnTimeRate,
        Missing = r.Missing,
    };
}
