using Disclosure.Domain.Rollups;

namespace Disclosure.Domain.Tests.Rollups;

/// <summary>One figure of a rollup in tidy form: where it goes in the report's shape, and its value.</summary>
public sealed record TidyValue(string Section, string Row, string Column, RollupValue Value);
