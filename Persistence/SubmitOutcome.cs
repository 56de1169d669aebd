namespace Disclosure.Persistence;

/// <summary>What a submission did to a township's report for its year.</summary>
public enum SubmitOutcome
{
    /// <summary>Revision 1 of a new report was stored.</summary>
    Created,
    /// <summary>A new revision replaced the current one.</summary>
    Revised,
    /// <summary>The content equals the current revision's: nothing was stored.</summary>
    Unchanged,
    /// <summary>The current revision is not the one expected (or there is none): nothing was stored.</summary>
    PreconditionFailed,
    /// <summary>The current revision is accepted: the county must unlock it before it can be replaced. Nothing was stored.</summary>
    Locked,
}
