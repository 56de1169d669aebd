namespace Disclosure.Api.Features.Tables;

/// <summary>The three tables of one format, summed over its reports.</summary>
public sealed class FormatTablesResponse
{
    /// <summary>2019 or 2021.</summary>
    public required string Format { get; init; }

    /// <summary>The layout every report summed prints (2019, 2021, 2021-undivided-other); null when they print different ones.</summary>
    public required string? Layout { get; init; }

    /// <summary>How many reports the tables sum.</summary>
    public required long Reports { get; init; }

    /// <summary>How many of them are flagged.</summary>
    public required long Flagged { get; init; }

    /// <summary>How many of them are in each review state.</summary>
    public required Reads.ReviewStatesResponse States { get; init; }

    /// <summary>What the tables sum, in words: 2021 格式，汇总 3 份报告，其中 1 份已标记；已通过审核 1 份，待审核 1 份，已退回 1 份.</summary>
    public required string Caption { get; init; }

    /// <summary>What a reader must be told to read the tables, e.g. how many reports print （六）其他处理 undivided.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>二, 三, 四 in printed order.</summary>
    public required IReadOnlyList<PrintedTableResponse> Tables { get; init; }
}
