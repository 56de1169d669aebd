namespace Disclosure.Api.Hosting;

/// <summary>Configuration section <c>Limits</c>.</summary>
public sealed class LimitOptions
{
    public const string Section = "Limits";

    /// <summary>The largest request body accepted; larger ones get 413. A report is a few KB.</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
}
