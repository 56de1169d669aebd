using Disclosure.Domain.Registry;

namespace Disclosure.Domain.Importing;

/// <summary>
/// The township a report's body name names, among the township-level units under an area: one whose name the
/// body name equals or ends with, where whatever comes before it (唐河县, 南阳市唐河县) names the unit's own county,
/// city or province, in that order.
/// </summary>
public static class TownshipNames
{
    private static readonly string[] Offices = ["人民政府", "办事处", "政府"];

    /// <param name="area">A division code prefix (<c>411328</c>), or null for the whole list.</param>
    public static NameMatch Resolve(DivisionRegistry registry, string bodyName, string? area)
    {
        var name = WithoutOffice(PrintedForms.Normalise(bodyName));
        var candidates = new List<Division>();
        if (name.Length == 0) return new NameMatch(null, candidates);
        foreach (var township in registry.TownshipsUnder(area ?? ""))
        {
            // The list names some subdistricts 城关街道办事处, which a title names 城关街道 once 办事处 is taken off.
            var official = WithoutOffice(township.Name);
            if (!name.EndsWith(official, StringComparison.Ordinal)) continue;
            var prefix = name[..^official.Length];
            if (prefix.Length == 0 || NamesAncestors(registry, township, prefix)) candidates.Add(township);
        }
        return new NameMatch(candidates.Count == 1 ? candidates[0] : null, candidates);
    }

    /// <summary>Whether <paramref name="prefix"/> is the names of some of the township's ancestors, outermost first (河南省南阳市唐河县, 唐河县, 南阳市).</summary>
    private static bool NamesAncestors(DivisionRegistry registry, Division township, string prefix)
    {
        var chain = registry.ChainOf(township);
        var rest = prefix;
        for (var i = chain.Count - 2; i >= 0 && rest.Length > 0; i--)
            if (rest.EndsWith(chain[i].Name, StringComparison.Ordinal)) rest = rest[..^chain[i].Name.Length];
        return rest.Length == 0;
    }

    /// <summary>The name without the office that governs it: 上屯镇人民政府 → 上屯镇, 城关街道办事处 → 城关街道.</summary>
    private static string WithoutOffice(string name)
    {
        foreach (var office in Offices)
            if (name.EndsWith(office, StringComparison.Ordinal) && name.Length > office.Length) return name[..^office.Length];
        return name;
    }
}
