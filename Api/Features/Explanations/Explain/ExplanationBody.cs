using System.ComponentModel.DataAnnotations;
using Disclosure.Domain.Reading;
using Disclosure.Domain.Reviews;

namespace Disclosure.Api.Features.Explanations.Explain;

/// <summary>A township's explanation of one finding of its report's current revision, as sent.</summary>
public sealed class ExplanationBody
{
    private static readonly string[] Members = ["code", "pointer", "text"];

    /// <summary>The longest code and pointer read; no finding's is longer.</summary>
    private const int MaxCodeLength = 50, MaxPointerLength = 500;

    /// <summary>The finding's code, as the report's warnings, violations (their rule) or outliers name it: X2, A1, O1, ….</summary>
    [MaxLength(MaxCodeLength)]
    public required string Code { get; init; }

    /// <summary>The finding's pointer, as listed with it.</summary>
    [MaxLength(MaxPointerLength)]
    public required string Pointer { get; init; }

    /// <summary>Why the figure is what it is.</summary>
    [MaxLength(ReviewRules.MaxTextLength)]
    public required string Text { get; init; }

    /// <summary>Reads a body strictly: the explanation, or every problem with it.</summary>
    public static (ExplanationOfFinding? Explanation, ObjectReader Reader) Read(byte[] body)
    {
        var reader = ObjectReader.Read(body, Members, Members);
        var code = reader.Text("code", MaxCodeLength);
        var pointer = reader.String("pointer", MaxPointerLength);
        var text = reader.Text("text", ReviewRules.MaxTextLength);
        return reader.ErrorCount == 0 ? (new ExplanationOfFinding(code!, pointer!, text!), reader) : (null, reader);
    }
}
