using Disclosure.Domain.Reviews;

namespace Disclosure.Persistence;

/// <summary>
/// The sums of the current reports of one area, year, format, flag and review state. <see cref="Level"/> is the length of
/// <see cref="AreaCode"/>: 0 the nation, 2 a province, 4 a city, 6 a county. <see cref="Sums"/> has one sum per cell of the format.
/// </summary>
public sealed record RollupTotal(int Level, string AreaCode, int Year, string Format, bool Flagged, ReviewState State, long Reports, long[] Sums);
