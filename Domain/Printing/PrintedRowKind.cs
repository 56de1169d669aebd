namespace Disclosure.Domain.Printing;

/// <summary>What a row of a printed table is.</summary>
public enum PrintedRowKind
{
    /// <summary>The title of a block of table 二 (第二十条第（一）项), across the whole table.</summary>
    Caption,

    /// <summary>A row of column headings.</summary>
    Header,

    /// <summary>A row of figures, after its row labels (table 四's one body row has no label).</summary>
    Body,
}
