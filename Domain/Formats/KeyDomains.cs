namespace Disclosure.Domain.Formats;

/// <summary>The key domains of the contract, in its order.</summary>
public static class KeyDomains
{
    /// <summary>其他: the report's own <c>label</c> says what it is, so it may appear more than once.</summary>
    public const string Other = "other";

    public static IReadOnlyList<KeyDomain> All { get; } =
    [
        new("fiscalBudget", "财政预决算", "Fiscal budgets and final accounts"),
        new("majorProjects", "重大建设项目", "Major construction projects"),
        new("publicResources", "公共资源配置", "Allocation of public resources"),
        new("publicWelfare", "社会公益事业", "Public welfare undertakings"),
        new("povertyAlleviation", "脱贫攻坚与乡村振兴", "Poverty alleviation and rural revitalisation"),
        new("environment", "生态环境", "Ecology and environment"),
        new("landAcquisition", "征地拆迁", "Land acquisition and demolition"),
        new("education", "教育", "Education"),
        new("health", "医疗卫生", "Medical care and health"),
        new("socialAssistance", "社会救助与养老", "Social assistance and elderly care"),
        new("employment", "就业", "Employment"),
        new("publicSafety", "安全生产与应急", "Work safety and emergencies"),
        new("riskPrevention", "防范化解风险", "Risk prevention"),
        new(Other, "其他", "Other"),
    ];

    public static KeyDomain? Find(string id) => All.FirstOrDefault(d => d.Id == id);
}
