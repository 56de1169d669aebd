namespace Disclosure.Api.Reads;

public enum Representation
{
    Json,
    Csv,

    /// <summary>Plain text: a report's national tables as printed.</summary>
    Text,

    /// <summary>An Excel workbook of the national tables as printed.</summary>
    Xlsx,

    /// <summary>A printable HTML page of the national tables as printed.</summary>
    Html,

    /// <summary>The client accepts neither JSON nor the other representation offered: the answer is 406.</summary>
    NotAcceptable,
}
