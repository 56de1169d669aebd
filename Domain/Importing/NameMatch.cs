using Disclosure.Domain.Registry;

namespace Disclosure.Domain.Importing;

/// <summary>
/// The township a body name names: <see cref="Township"/> when exactly one matches; otherwise null, with every
/// candidate listed when several match and none when the name is unknown.
/// </summary>
public sealed record NameMatch(Division? Township, IReadOnlyList<Division> Candidates);
