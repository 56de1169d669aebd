namespace Disclosure.Domain.Quality;

/// <summary>How many items of one kind the whole worklist holds, how many of them are unexplained findings, and in how many townships.</summary>
public sealed record KindTotal(string Kind, long Items, long Unexplained, int Townships);
