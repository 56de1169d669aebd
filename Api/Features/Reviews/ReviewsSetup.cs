using Disclosure.Api.Features.Explanations;
using Disclosure.Persistence;
using Disclosure.Persistence.Explanations;
using Disclosure.Persistence.Reviews;

namespace Disclosure.Api.Features.Reviews;

/// <summary>What the county's review and the townships' explanations need from the container.</summary>
public static class ReviewsSetup
{
    public static IServiceCollection AddReviews(this IServiceCollection services) => services
        .AddSingleton(sp => new ReviewStore(sp.GetRequiredService<Database>()))
        .AddSingleton(sp => new ExplanationStore(sp.GetRequiredService<Database>()))
        .AddSingleton<ReportFindings>()
        .AddSingleton<ReviewAnswers>()
        .AddSingleton<Reviewing>()
        .AddSingleton<Explaining>();
}
