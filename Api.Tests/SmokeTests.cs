namespace Disclosure.Api.Tests;

public class SmokeTests
{
    [Fact]
    public void Sample_is_copied_beside_the_tests()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Samples", "shangtun-2020.json")));
    }
}
