using Disclosure.Domain.Formats;
using Disclosure.Domain.Quality;
using Disclosure.Persistence;
using Disclosure.Persistence.Quality;

namespace Disclosure.Api.Features.Quality;

public static class QualitySetup
{
    /// <summary>The configuration section of the outlier thresholds (<see cref="OutlierThresholds"/>).</summary>
    public const string Section = "Quality";

    /// <summary>Registers the outlier thresholds (checked at start-up), the quality reads and the worklist.</summary>
    public static IServiceCollection AddQuality(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutlierThresholds>().Bind(configuration.GetSection(Section))
            .Validate(OutlierThresholds.AreUsable, OutlierThresholds.Requirement);
        services.AddSingleton(sp => new QualityStore(sp.GetRequiredService<Database>(), ReportFormats.Find));
        services.AddSingleton<ReportOutliers>();
        services.AddSingleton<AreaWorklist>();
        return services;
    }
}
