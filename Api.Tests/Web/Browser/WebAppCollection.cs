namespace Disclosure.Api.Tests.Web.Browser;

/// <summary>The browser tests share one seeded service and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web app";
}
