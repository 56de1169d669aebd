namespace Disclosure.Api.Reads;

/// <summary>A computed answer: its bytes, and the link to the next page when it is one page of several.</summary>
public sealed record ReadBody(byte[] Bytes, string? Next = null);
