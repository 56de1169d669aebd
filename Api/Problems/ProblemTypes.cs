namespace Disclosure.Api.Problems;

/// <summary>Where problem types are named; the part after the last slash is the stable kind.</summary>
public static class ProblemTypes
{
    private const string Base = "/problems/";

    public const string MalformedReport = Base + "malformed-report";
    public const string UnprocessableReport = Base + "unprocessable-report";
    public const string InvalidParameter = Base + "invalid-parameter";
    public const string Unauthorized = Base + "unauthorized";
    public const string Forbidden = Base + "forbidden";
    public const string NotFound = Base + "not-found";
    public const string UnrecognisedDocument = Base + "unrecognised-document";
    public const string UnreadableDocument = Base + "unreadable-document";
    public const string UnidentifiedReport = Base + "unidentified-report";
    public const string MethodNotAllowed = Base + "method-not-allowed";
    public const string RequestTimeout = Base + "request-timeout";
    public const string PreconditionFailed = Base + "precondition-failed";
    public const string MalformedRequest = Base + "malformed-request";
    public const string StaleRevision = Base + "stale-revision";
    public const string ReviewStateConflict = Base + "review-state-conflict";
    public const string ReportLocked = Base + "report-locked";
    public const string UnexplainedFindings = Base + "unexplained-findings";
    public const string UnknownFinding = Base + "unknown-finding";
    public const string UnsupportedMediaType = Base + "unsupported-media-type";
    public const string NotAcceptable = Base + "not-acceptable";
    public const string PayloadTooLarge = Base + "payload-too-large";
    public const string UriTooLong = Base + "uri-too-long";
    public const string RequestHeaderFieldsTooLarge = Base + "request-header-fields-too-large";
    public const string BadRequest = Base + "bad-request";
    public const string TooManyRequests = Base + "too-many-requests";
    public const string ServerError = Base + "server-error";
    public const string Unavailable = Base + "unavailable";
    public const string InsufficientStorage = Base + "insufficient-storage";
    public const string DatabaseCorrupt = Base + "database-corrupt";
}
