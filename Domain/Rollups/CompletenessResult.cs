namespace Disclosure.Domain.Rollups;

/// <summary>
/// How many of the townships under an area reported for a year. <see cref="Rate"/> = submitted / expected and
/// <see cref="OnTimeRate"/> = on time / expected (the share of all townships that met the deadline), both
/// fractions rounded like every rate (<see cref="RollupValue.Rate.Of"/>), null when nothing is expected.
/// <see cref="AcceptedOnly"/>: only accepted reports were counted, so a township without one is missing.
/// <see cref="States"/>: how many of the submitted are in each review state; <see cref="Returned"/>: the returned ones.
/// </summary>
public sealed record CompletenessResult(
    string? Area,
    int Year,
    bool AcceptedOnly,
    DateTimeOffset Deadline,
    int Expected,
    int Submitted,
    int OnTime,
    ReviewStateCounts States,
    IReadOnlyList<MissingTownship> Missing,
    IReadOnlyList<LateTownship> Late,
    IReadOnlyList<ReturnedTownship> Returned,
    decimal? Rate,
    decimal? OnTimeRate);
