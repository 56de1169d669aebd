namespace Disclosure.Domain.Formats;

/// <summary>A key domain (重点领域) of proactive disclosure that a report counts items in.</summary>
public sealed record KeyDomain(string Id, string LabelZh);

/// <summary>The key domains of the contract, in its order.</summary>
public static class KeyDomains
{
    /// <summary>其他: the report's own <c>label</c> says what it is, so it may appear more than once.</summary>
    public const string Other = "other";

    public static IReadOnlyList<KeyDomain> All { get; } =
    [
        new("fiscalBudget", "财政预决算"),
        new("majorProjects", "重大建设项目"),
        new("publicResources", "公共资源配置"),
        new("publicWelfare", "社会公益事业"),
        new("povertyAlleviation", "脱贫攻坚与乡村振兴"),
        new("environment", "生态环境"),
        new("landAcquisition", "征地拆迁"),
        new("education", "教育"),
        new("health", "医疗卫生"),
        new("socialAssistance", "社会救助与养老"),
        new("employment", "就业"),
        new("publicSafety", "安全生产与应急"),
        new("riskPrevention", "防范化解风险"),
        new(Other, "其他"),
    ];

    public static KeyDomain? Find(string id) => All.FirstOrDefault(d => d.Id == id);
}
