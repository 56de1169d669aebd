using System.Globalization;

namespace Disclosure.Api.Tests;

/// <summary>
/// The service's routes as <c>Api/Features/**/Endpoint.cs</c> declare them, with their common query parameters typed.
/// A parameter left null is left out; values are escaped. Tests that send a malformed URL on purpose keep it raw.
/// </summary>
public static class Routes
{
    private const string Root = "/api/v1";

    public const string Health = Root + "/health";
    public const string Backups = Root + "/backups";
    public const string Provinces = Root + "/provinces";
    public const string ValidateReport = Root + "/reports/validate";

    /// <summary>POST submits a report; GET lists the current reports.</summary>
    public static string Reports(string? area = null, int? year = null, bool? flagged = null, int? limit = null, string? after = null) =>
        With(Root + "/reports", ("area", area), ("year", year), ("flagged", flagged), ("limit", limit), ("after", after));

    /// <summary>A township's report of a year: GET reads it, PUT replaces it.</summary>
    public static string Report(string township, int year, int? revision = null, string? format = null) =>
        With(ReportPath(township, year), ("revision", revision), ("format", format));

    /// <summary>DELETE withdraws the report filed in error.</summary>
    public static string Withdrawal(string township, int year, string? reason = null, int? revision = null) =>
        With(ReportPath(township, year), ("reason", reason), ("revision", revision));

    public static string Revisions(string township, int year) => ReportPath(township, year) + "/revisions";

    public static string Changes(string township, int year, string? against = null, int? from = null, int? to = null, string? format = null) =>
        With(ReportPath(township, year) + "/changes", ("against", against), ("from", from), ("to", to), ("format", format));

    /// <summary>GET the review history; POST a decision.</summary>
    public static string Reviews(string township, int year) => ReportPath(township, year) + "/reviews";

    public static string Explanations(string township, int year) => ReportPath(township, year) + "/explanations";

    /// <summary>One of the four rollups by its route name: applications, proactive, publications, review-litigation.</summary>
    public static string Rollup(string kind, string? area = null, int? year = null, int? from = null, int? to = null, string? groupBy = null,
        string? status = null, bool? excludeFlagged = null, int? limit = null, string? after = null, string? format = null) =>
        With($"{Root}/rollups/{kind}", ("area", area), ("year", year), ("from", from), ("to", to), ("groupBy", groupBy),
            ("status", status), ("excludeFlagged", excludeFlagged), ("limit", limit), ("after", after), ("format", format));

    public static string Cells(string? area = null, int? year = null, int? from = null, int? to = null, int? limit = null, string? after = null, string? format = null) =>
        With(Root + "/cells", ("area", area), ("year", year), ("from", from), ("to", to), ("limit", limit), ("after", after), ("format", format));

    public static string Tables(string? area = null, int? year = null, bool? excludeFlagged = null, string? status = null, string? format = null) =>
        With(Root + "/tables", ("area", area), ("year", year), ("excludeFlagged", excludeFlagged), ("status", status), ("format", format));

    public static string FormatTables(string format, string? layout = null) => With($"{Root}/formats/{format}/tables", ("layout", layout));

    public static string Completeness(string? area = null, int? year = null, string? list = null, string? status = null, string? format = null) =>
        With(Root + "/completeness", ("area", area), ("year", year), ("list", list), ("status", status), ("format", format));

    public static string Quality(string? area = null, int? year = null, int? limit = null, string? after = null, string? format = null) =>
        With(Root + "/quality", ("area", area), ("year", year), ("limit", limit), ("after", after), ("format", format));

    public static string Imports(string? townshipCode = null, int? year = null, string? area = null, bool? store = null) =>
        With(Root + "/imports", ("townshipCode", townshipCode), ("year", year), ("area", area), ("store", store));

    /// <summary>GET lists a township's keys; POST issues one.</summary>
    public static string Keys(string township) => $"{Root}/townships/{township}/keys";

    /// <summary>DELETE revokes the key.</summary>
    public static string Key(string township, string id) => $"{Keys(township)}/{id}";

    /// <summary>The registry searched by name or code.</summary>
    public static string Areas(string? q = null, int? limit = null, string? after = null) =>
        With(Root + "/areas", ("q", q), ("limit", limit), ("after", after));

    public static string Area(string code) => $"{Root}/areas/{code}";

    public static string Children(string code, int? limit = null, string? after = null) =>
        With($"{Root}/areas/{code}/children", ("limit", limit), ("after", after));

    public static string Townships(string? area = null) => With(Root + "/townships", ("area", area));

    private static string ReportPath(string township, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{Root}/townships/{township}/reports/{year}");

    private static string With(string path, params (string Name, object? Value)[] parameters)
    {
        var query = string.Join('&', parameters.Where(p => p.Value is not null).Select(p => $"{p.Name}={Escape(p.Value!)}"));
        return query.Length == 0 ? path : $"{path}?{query}";
    }

    /// <summary>Commas stay as typed: they separate the values of groupBy, as the README's URLs write them.</summary>
    private static string Escape(object value) => value switch
    {
        bool b => b ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => Uri.EscapeDataString(value.ToString()!).Replace("%2C", ",", StringComparison.Ordinal),
    };
}
