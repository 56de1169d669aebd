using Disclosure.Api.Problems;
using Disclosure.Domain.Registry;

namespace Disclosure.Api.Features.Imports;

/// <summary>The problem each import result that is not a reading answers with, in one place for one file and for many.</summary>
public static class ImportProblems
{
    /// <summary>The problem for <paramref name="result"/>, or null when it is a document read.</summary>
    public static ProblemResponse? Of(HttpContext http, ImportResult result, DivisionRegistry registry) => result switch
    {
        ImportResult.Unsupported unsupported => ProblemResponses.Create(http, StatusCodes.Status415UnsupportedMediaType,
            ProblemTypes.UnsupportedMediaType, "Unsupported media type", unsupported.Detail),
        ImportResult.Unreadable unreadable => ProblemResponses.Create(http, StatusCodes.Status422UnprocessableEntity,
            ProblemTypes.UnreadableDocument, "The document cannot be read", unreadable.Detail,
            [new ProblemError { Pointer = "", Code = unreadable.Code, Detail = unreadable.Detail }]),
        ImportResult.Unrecognised unrecognised => ProblemResponses.Create(http, StatusCodes.Status422UnprocessableEntity,
            ProblemTypes.UnrecognisedDocument, "The national tables are not in the document",
            $"{unrecognised.Missing.Count} of the tables and rows of the national format were not found.",
            [.. unrecognised.Missing.Select(m => new ProblemError { Pointer = "", Code = m.Code, Detail = m.Detail })]),
        ImportResult.NotIdentified notIdentified => ProblemResponses.Create(http, StatusCodes.Status422UnprocessableEntity,
            ProblemTypes.UnidentifiedReport, "Whose report, for which year?", notIdentified.Detail,
        [
            new ProblemError
            {
                Parameter = notIdentified.Code == DocumentImport.YearNotIdentified ? "year" : "townshipCode",
                Code = notIdentified.Code,
                Detail = notIdentified.Detail,
                Candidates = notIdentified.Candidates.Count == 0 ? null : [.. notIdentified.Candidates.Select(c => Describe(c, registry))],
            },
        ]),
        _ => null,
    };

    private static string Describe(Division township, DivisionRegistry registry) =>
        $"{township.Code} {township.Name}, {string.Join("", registry.ChainOf(township).Where(d => d != township).Select(d => d.Name))}";
}
