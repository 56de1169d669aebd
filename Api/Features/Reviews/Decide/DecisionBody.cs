using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Disclosure.Domain.Reading;
using Disclosure.Domain.Reviews;
using Disclosure.Domain.Validation;

namespace Disclosure.Api.Features.Reviews.Decide;

/// <summary>The county's decision on a revision of a report, as sent.</summary>
public sealed class DecisionBody
{
    private static readonly string[] Members = ["decision", "revision", "reason", "override"];

    /// <summary>The decisions a county makes by this request (a withdrawal is DELETE of the report).</summary>
    public static readonly IReadOnlyList<ReviewAction> Decisions = [ReviewAction.Accepted, ReviewAction.Returned, ReviewAction.Unlocked];

    /// <summary>accepted (sign the report off: it is locked), returned (send it back to the township) or unlocked (reopen an accepted report).</summary>
    public required string Decision { get; init; }

    /// <summary>The revision decided on, as read: it must still be the report's current one.</summary>
    [Range(1, int.MaxValue)]
    public required int Revision { get; init; }

    /// <summary>Why: required to return, to unlock and to override; optional to accept.</summary>
    [MaxLength(ReviewRules.MaxTextLength)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }

    /// <summary>Accept although findings of the revision are unexplained (false when absent); needs a reason, and is recorded.</summary>
    public bool Override { get; init; }

    /// <summary>Reads a body strictly: the decision, or every problem with it.</summary>
    public static (ReviewDecision? Decision, ObjectReader Reader) Read(byte[] body)
    {
        var reader = ObjectReader.Read(body, Members, "decision", "revision");
        var name = reader.Text("decision", 50);
        ReviewAction? action = null;
        if (name is not null)
        {
            if (ReviewNames.TryParseAction(name, out var parsed) && Decisions.Contains(parsed))
                action = parsed;
            else
                reader.Add("/decision", ProblemCodes.InvalidValue,
                    $"'{ReadLimits.Quote(name)}' is not a decision: accepted, returned or unlocked (a withdrawal is DELETE of the report).");
        }
        var revision = reader.Integer("revision", 1, int.MaxValue);
        var reason = reader.String("reason", ReviewRules.MaxTextLength);
        var overrides = reader.Boolean("override") ?? false;

        var blank = reason is not null && string.IsNullOrWhiteSpace(reason);
        if (blank) reason = null;
        var needing = action is { } decided && ReviewRules.NeedsReason(decided) ? action : null;
        if (reason is null && (blank || !reader.Has("reason")))
        {
            if (needing is not null)
                reader.Add("/reason", ReasonRequired, $"To {(needing == ReviewAction.Returned ? "return" : "unlock")} a report the county must say why.");
            else if (overrides)
                reader.Add("/reason", ReasonRequired, "An override must say why the unexplained findings may stand.");
            else if (blank)
                reader.Add("/reason", ProblemCodes.InvalidValue, "'reason' is blank: leave it out, or say why.");
        }
        return reader.ErrorCount == 0 ? (new ReviewDecision(action!.Value, revision!.Value, reason, overrides), reader) : (null, reader);
    }

    /// <summary>The code of a decision or withdrawal that does not say why.</summary>
    public const string ReasonRequired = "reason-required";
}
