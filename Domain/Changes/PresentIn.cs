namespace Disclosure.Domain.Changes;

/// <summary>Which of the two reports compared has a figure: both, or only one (a cell of another format or layout, a figure not stated).</summary>
public enum PresentIn
{
    Both,
    From,
    To,
}
