namespace Disclosure.Persistence.Tests;

/// <summary>Where every test project puts its files: a new folder under the temp directory, one per use.</summary>
public static class TempFolders
{
    /// <summary>The path of a new folder (not yet created) of its own under <c>disclosure-tests</c>.</summary>
    public static string New() => Path.Combine(Path.GetTempPath(), "disclosure-tests", Guid.NewGuid().ToString("N"));
}
