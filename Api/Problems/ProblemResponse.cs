namespace Disclosure.Api.Problems;

/// <summary>An RFC 9457 problem details document, with every individual problem in <see cref="Errors"/>.</summary>
public sealed class ProblemResponse
{
    /// <summary>A URI reference naming the kind of problem; stable, one per kind.</summary>
    public required string Type { get; init; }

    public required string Title { get; init; }

    public required int Status { get; init; }

    public string? Detail { get; init; }

    /// <summary>The request path the problem occurred on.</summary>
    public string? Instance { get; init; }

    /// <summary>Every problem found, each located by a JSON Pointer into the body or a parameter name; at most the first <see cref="ProblemResponses.MaxListed"/>.</summary>
    public IReadOnlyList<ProblemError>? Errors { get; init; }

    /// <summary>How many problems were found in all, when that is more than <see cref="Errors"/> lists.</summary>
    public int? ErrorCount { get; init; }
}

/// <summary>One problem: where, a stable code, a sentence; for an identity, its rule and figures.</summary>
public sealed class ProblemError
{
    /// <summary>JSON Pointer (RFC 6901) to the offending member of the request body ("" is the whole body).</summary>
    public string? Pointer { get; init; }

    /// <summary>The query, path or header parameter at fault, when the problem is not in the body.</summary>
    public string? Parameter { get; init; }

    public required string Code { get; init; }

    public required string Detail { get; init; }

    /// <summary>The identity rule broken (A1, A2, A3, R1).</summary>
    public string? Rule { get; init; }

    public long? Expected { get; init; }

    public long? Actual { get; init; }

    /// <summary>For a cell of an imported document: the table (二, 三, 四) it is printed in.</summary>
    public string? Table { get; init; }

    /// <summary>For a cell of an imported document: its row label as printed.</summary>
    public string? Row { get; init; }

    /// <summary>For a cell of an imported document: its column label.</summary>
    public string? Column { get; init; }

    /// <summary>For a cell of an imported document: the text printed in it.</summary>
    public string? Text { get; init; }

    /// <summary>For a township named by a document: the township-level units the name could mean ("code name, county").</summary>
    public IReadOnlyList<string>? Candidates { get; init; }
}

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
