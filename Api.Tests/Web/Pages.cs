namespace Disclosure.Api.Tests.Web;

/// <summary>
/// The web app's pages (<c>Api/wwwroot</c>) opened on a division and year, as their links open them. The hrefs a
/// test reads off a page stay written out: they are what the page itself prints.
/// </summary>
public static class Pages
{
    /// <summary>The dashboard (index.html) of an area.</summary>
    public static string Dashboard(string area, int year) => $"/?area={area}&year={year}";

    public static string Report(string township, int year) => $"/report.html?township={township}&year={year}";

    /// <summary>A township's filing desk.</summary>
    public static string Desk(string township, int year) => $"/desk.html?township={township}&year={year}";

    /// <summary>The county's review desk.</summary>
    public static string ReviewDesk(string area, int year) => $"/review.html?area={area}&year={year}";
}
