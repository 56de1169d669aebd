namespace Disclosure.Tools;

internal static class Program
{
    private const string Usage = "usage: Disclosure.Tools bulk-load --years FROM-TO --database PATH [--area CODE-PREFIX] [--concurrency N]";

    public static async Task<int> Main(string[] args)
    {
        // `Disclosure.Tools bulk-load …` fills a database with synthetic reports and exits (see Tools/BulkLoad.cs).
        if (args is ["bulk-load", .. var bulkLoadArgs])
            return await BulkLoad.RunAsync(bulkLoadArgs);

        await Console.Error.WriteLineAsync(Usage);
        return 2;
    }
}
