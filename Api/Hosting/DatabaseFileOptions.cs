namespace Disclosure.Api.Hosting;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseFileOptions
{
    public const string Section = "Database";

    /// <summary>The SQLite file, relative to the working directory unless absolute.</summary>
    public string Path { get; set; } = "data/reports.db";
}
