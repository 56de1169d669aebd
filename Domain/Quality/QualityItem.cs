namespace Disclosure.Domain.Quality;

/// <summary>
/// One thing about a township's report the county should look at: its <see cref="Kind"/> (an open list, see
/// <see cref="QualityKinds"/>), a stable code (a rule id, a warning or outlier code, <c>missing</c>), where in the
/// report (a JSON Pointer; null when there is no report), and a sentence with the values involved.
/// </summary>
public sealed record QualityItem(string Kind, string Code, string? Pointer, string Message);
