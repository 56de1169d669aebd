using Disclosure.Api.Features.Imports;
using Disclosure.Api.Features.Reports;
using Disclosure.Api.Problems;
using Disclosure.Domain.Registry;
using FastEndpoints;

namespace Disclosure.Api.Http;

/// <summary>
/// The one place an import's results become HTTP: the upload refused, each file's reading (and what storing it came
/// to), or the problem that stopped it, for one file and for many.
/// </summary>
public static class ImportResponses
{
    /// <summary>Answers an import of <paramref name="upload"/>'s documents, whose results are <paramref name="results"/>, in order.</summary>
    public static async Task SendAsync(HttpContext http, UploadReader.Upload upload, IReadOnlyList<ImportResult> results, DivisionRegistry registry,
        CancellationToken ct)
    {
        if (upload.Problem is { } refused)
        {
            await ProblemResponses.SendAsync(http, refused, ct);
            return;
        }
        if (upload.Multipart)
        {
            await http.Response.SendOkAsync(new ImportResults { Results = [.. upload.Documents.Select((document, i) => AnswerInList(http, document, results[i], registry))] },
                cancellation: ct);
            return;
        }

        var single = results[0];
        if (Of(http, single, registry) is { } problem)
        {
            await ProblemResponses.SendAsync(http, problem, ct);
            return;
        }

        var (answer, submitted) = (ImportResult.Read)single;
        switch (submitted)
        {
            case null:
                await http.Response.SendOkAsync(answer, cancellation: ct);
                break;
            case SubmissionResult.Stored stored:
                await http.Response.SendAsync(answer, SubmissionResponses.NameStored(http, stored), cancellation: ct);
                break;
            default:
                await ProblemResponses.SendAsync(http, SubmissionResponses.ProblemOf(http, submitted)!, ct);
                break;
        }
    }

    /// <summary>One file's entry in a multipart answer: its reading, or the problem that stopped it, named by file.</summary>
    private static ImportAnswer AnswerInList(HttpContext http, UploadedDocument document, ImportResult result, DivisionRegistry registry)
    {
        var file = document.FileName ?? "";
        if (Of(http, result, registry) is { } problem)
            return new ImportAnswer { File = file, Problem = problem };
        var (answer, submitted) = (ImportResult.Read)result;
        return submitted is not null && SubmissionResponses.ProblemOf(http, submitted) is { } refused
            ? new ImportAnswer { File = file, Detected = answer.Detected, Problem = refused }
            : answer with { File = file };
    }

    /// <summary>The problem for <paramref name="result"/>, or null when it is a document read.</summary>
    private static ProblemResponse? Of(HttpContext http, ImportResult result, DivisionRegistry registry) => result switch
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
