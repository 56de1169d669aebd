namespace Disclosure.Domain.Validation;

/// <summary>The stable codes of <see cref="Problem"/> and <see cref="Warning"/>; clients match on them.</summary>
public static class ProblemCodes
{
    // Malformed submissions.
    public const string InvalidJson = "invalid-json";
    public const string WrongType = "wrong-type";
    public const string MissingMember = "missing-member";
    public const string UnknownMember = "unknown-member";
    public const string OtherFormatMember = "other-format-member";
    public const string DuplicateMember = "duplicate-member";
    public const string NegativeCount = "negative-count";
    public const string NotAWholeNumber = "not-a-whole-number";
    public const string TooManyDecimals = "too-many-decimals";
    public const string OutOfRange = "out-of-range";
    public const string InvalidValue = "invalid-value";
    public const string DuplicateDomain = "duplicate-domain";
    public const string LabelRequired = "label-required";
    public const string TextTooLong = "text-too-long";
    public const string TooManyItems = "too-many-items";
    public const string InvalidCharacter = "invalid-character";

    // Rejections of a well-formed report.
    public const string UnknownTownship = "unknown-township";
    public const string YearOutOfRange = "year-out-of-range";
    public const string PublicationDateOutOfRange = "publication-date-out-of-range";
    public const string IdentityViolated = "identity-violated";

    // Warnings (besides the year-over-year rule ids X1–X4).
    public const string FormatYearMismatch = "format-year-mismatch";
    public const string TownshipRegulations = "township-regulations";
    public const string AcknowledgedRuleHolds = "acknowledged-rule-holds";
}
