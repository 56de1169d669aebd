namespace Disclosure.Domain.Quality;

/// <summary>How many items of one kind the whole worklist holds, and in how many townships.</summary>
public sealed record KindTotal(string Kind, long Items, int Townships);
