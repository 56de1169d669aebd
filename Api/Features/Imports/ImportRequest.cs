namespace Disclosure.Api.Features.Imports;

/// <summary>
/// What the caller says about the documents: the township and year (each optional when a document names them),
/// the area to look a named township up in, whether to store, and the identity rules knowingly broken.
/// </summary>
public sealed record ImportRequest(string? TownshipCode, int? Year, string? Area, bool Store, IReadOnlyList<string> AcknowledgedRules)
{
    /// <summary>The rule ids of a comma list (<c>A2,R1</c>), as the query and the command line give them.</summary>
    public static IReadOnlyList<string> RuleIds(string? list) =>
        list is null ? [] : [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
