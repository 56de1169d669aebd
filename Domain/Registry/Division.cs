namespace Disclosure.Domain.Registry;

/// <summary>One unit of the official statistical division list (统计用区划代码).</summary>
public sealed record Division(string Code, string Name, DivisionLevel Level, string? ParentCode)
{
    /// <summary>The code of this unit's ancestor at <paramref name="level"/>, read off its own code.</summary>
    public string CodeAt(DivisionLevel level) => Code[..DivisionCode.LengthOf(level)];
}
