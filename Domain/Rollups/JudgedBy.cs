namespace Disclosure.Domain.Rollups;

/// <summary>What judged a report on time or late: the date the township published it, or when it first arrived here.</summary>
public enum JudgedBy
{
    PublishedAt,
    FirstSubmittedAt,
}
