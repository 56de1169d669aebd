namespace Disclosure.Api.Features.Imports;

/// <summary>
/// What the caller says about the documents: the township and year (each optional when a document names them),
/// the area to look a named township up in, whether to store, and the identity rules knowingly broken.
/// </summary>
public sealed record ImportRequest(string? TownshipCode, int? Year, string? Area, bool Store, IReadOnlyList<string> AcknowledgedRules);
