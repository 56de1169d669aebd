using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Disclosure.Domain.Registry;

/// <summary>
/// A statistical division code (统计用区划代码): ASCII digits, 2 for a province, 4 a city, 6 a county, 9 a township.
/// A unit's code starts with the code of each unit above it, so a code is also the prefix of every code under it:
/// an area. The one definition of what a division code is; everything that takes one from outside reads it here.
/// </summary>
public readonly record struct DivisionCode
{
    /// <summary>The rule of <see cref="TryParse"/> as a regular expression without anchors, for patterns that hold a code.</summary>
    public const string Digits = "([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9})";

    /// <summary>The rule of <see cref="IsTownshipCode"/> as a regular expression without anchors.</summary>
    public const string TownshipDigits = "[0-9]{9}";

    /// <summary>The rule of <see cref="TryParse"/>, for the OpenAPI document.</summary>
    public const string Pattern = "^" + Digits + "$";

    /// <summary>The rule of <see cref="IsTownshipCode"/>, for the OpenAPI document.</summary>
    public const string TownshipPattern = "^" + TownshipDigits + "$";

    private readonly string? _value;

    private DivisionCode(string value) => _value = value;

    /// <summary>The digits.</summary>
    public string Value => _value ?? throw new InvalidOperationException("A default DivisionCode is no code: read one with TryParse.");

    /// <summary>The level of the unit the code names, from its length.</summary>
    public DivisionLevel Level => Value.Length switch
    {
        2 => DivisionLevel.Province,
        4 => DivisionLevel.City,
        6 => DivisionLevel.County,
        _ => DivisionLevel.Township,
    };

    public bool IsTownship => Level == DivisionLevel.Township;

    /// <summary>The code of the county the unit lies in (the county's own code for a county).</summary>
    public DivisionCode County => At(DivisionLevel.County);

    /// <summary>The code of the unit's ancestor at <paramref name="level"/> (its own code at its own level): a prefix of its digits.</summary>
    public DivisionCode At(DivisionLevel level)
    {
        var length = LengthOf(level);
        if (length > Value.Length)
            throw new ArgumentOutOfRangeException(nameof(level), level, $"{Value} is a {Level} code; a {level} lies under it, not above.");
        return length == Value.Length ? this : new DivisionCode(Value[..length]);
    }

    /// <summary>Whether <paramref name="text"/> is a division code: 2, 4, 6 or 9 ASCII digits (full-width digits are not).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out DivisionCode code)
    {
        if (text is { Length: 2 or 4 or 6 or 9 } && IsPrefix(text))
        {
            code = new DivisionCode(text);
            return true;
        }
        code = default;
        return false;
    }

    /// <summary>
    /// The code <paramref name="text"/> of a unit at <paramref name="level"/>, for code whose callers have checked it:
    /// an <see cref="ArgumentException"/> naming the argument when it is not one.
    /// </summary>
    public static DivisionCode Parse(string text, DivisionLevel level, [CallerArgumentExpression(nameof(text))] string? argument = null) =>
        TryParse(text, out var code) && code.Level == level
            ? code
            : throw new ArgumentException($"A {level.ToString().ToLowerInvariant()} code has {LengthOf(level)} digits, not \"{text}\".", argument);

    /// <summary>Whether <paramref name="text"/> is a division code of any level.</summary>
    public static bool IsValid([NotNullWhen(true)] string? text) => TryParse(text, out _);

    /// <summary>Whether <paramref name="text"/> is the 9-digit code of a township.</summary>
    public static bool IsTownshipCode([NotNullWhen(true)] string? text) => TryParse(text, out var code) && code.IsTownship;

    /// <summary>
    /// Whether <paramref name="text"/> can start a division code, so that the codes starting with it are an area or
    /// none: at most 9 ASCII digits (the empty prefix starts every code).
    /// </summary>
    public static bool IsPrefix(string text) =>
        text.Length <= LengthOf(DivisionLevel.Township) && !text.AsSpan().ContainsAnyExceptInRange('0', '9');

    /// <summary>How many digits a code of <paramref name="level"/> has: 2, 4, 6 or 9.</summary>
    public static int LengthOf(DivisionLevel level) => level switch
    {
        DivisionLevel.Province => 2,
        DivisionLevel.City => 4,
        DivisionLevel.County => 6,
        DivisionLevel.Township => 9,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a division level."),
    };

    public override string ToString() => _value ?? "";
}
