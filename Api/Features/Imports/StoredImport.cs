namespace Disclosure.Api.Features.Imports;

/// <summary>The revision an import stored (or found identical), as <c>POST /api/v1/reports</c> would have.</summary>
public sealed class StoredImport
{
    public required int Revision { get; init; }
    public required string Location { get; init; }
    public required bool Flagged { get; init; }
}
