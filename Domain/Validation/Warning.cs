namespace Disclosure.Domain.Validation;

/// <summary>Something worth a look that never blocks a submission (X1–X4, year/format mismatch, 规章 > 0).</summary>
public sealed record Warning(string Code, string Message, string Pointer);
