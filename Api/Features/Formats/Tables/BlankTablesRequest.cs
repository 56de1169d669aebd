using FastEndpoints;

namespace Disclosure.Api.Features.Formats.Tables;

public sealed class BlankTablesRequest
{
    public string Format { get; set; } = "";

    [QueryParam]
    public string? Layout { get; set; }
}
