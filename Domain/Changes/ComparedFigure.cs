using Disclosure.Domain.Formats;

namespace Disclosure.Domain.Changes;

/// <summary>One figure a report prints or states, with where it is printed and its value (an amount in 分).</summary>
internal sealed record ComparedFigure(string Pointer, string Table, string Row, string Column, CellKind Kind, long Value);
