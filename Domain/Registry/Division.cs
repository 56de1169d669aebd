namespace Disclosure.Domain.Registry;

/// <summary>One unit of the official statistical division list (统计用区划代码).</summary>
public sealed record Division(string Code, string Name, DivisionLevel Level, string? ParentCode)
{
    /// <summary>The level a code of this many digits names: 2 province, 4 city, 6 county, 9 township.</summary>
    public static DivisionLevel? LevelOfCode(string code) => code.Length switch
    {
        2 => DivisionLevel.Province,
        4 => DivisionLevel.City,
        6 => DivisionLevel.County,
        9 => DivisionLevel.Township,
        _ => null,
    };

    /// <summary>The code of this unit's ancestor at <paramref name="level"/>, read off its own code.</summary>
    public string CodeAt(DivisionLevel level) => Code[..LengthOf(level)];

    public static int LengthOf(DivisionLevel level) => level switch
    {
        DivisionLevel.Province => 2,
        DivisionLevel.City => 4,
        DivisionLevel.County => 6,
        _ => 9,
    };
}
