namespace Disclosure.Api.Documents;

/// <summary>Why a document could not be read: a stable <see cref="Code"/> from <see cref="DocumentRefusals"/> and one sentence saying what was wrong.</summary>
public sealed record DocumentRefusal(string Code, string Detail);
