namespace Disclosure.Api.Hosting;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The SQLite file, relative to the working directory unless absolute.</summary>
    public string Path { get; set; } = "data/reports.db";
}

/// <summary>Configuration section <c>Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>The county's admin key (<c>Security__AdminKey</c>); writes are refused while it is unset.</summary>
    public string? AdminKey { get; set; }
}
