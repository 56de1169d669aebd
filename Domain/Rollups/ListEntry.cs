namespace Disclosure.Domain.Rollups;

/// <summary>How an entry of a list row is written: <c>{ "domain": "education", "items": 3 }</c> is Key domain, Value items.</summary>
public sealed record ListEntry(string Key, string Value);
