namespace Disclosure.Api.Features.Imports;

/// <summary>The answer to a multipart upload: each file judged on its own.</summary>
public sealed class ImportResults
{
    public required IReadOnlyList<ImportAnswer> Results { get; init; }
}
