using Disclosure.Api.Documents;
using Disclosure.Api.Http;
using Disclosure.Api.OpenApi;
using Disclosure.Api.Security;
using Disclosure.Domain.Registry;
using FastEndpoints;
using Microsoft.Extensions.Options;

namespace Disclosure.Api.Features.Imports.Upload;

public sealed class Endpoint(DocumentImport import, ImportGate gate, IOptions<ImportOptions> options, DivisionRegistry registry)
    : Endpoint<Request>
{
    public override void Configure()
    {
        Post("/imports");
        RequestBinder(new RequestBinder());
        AuthSchemes(ApiKeyAuthentication.SchemeName);
        Description(b => b
            .WithName("importDocument")
            .WithTags("Imports")
            .ClearDefaultProduces()
            .WithMetadata(new DocumentBody("The published document as its bytes with its own Content-Type, or several as multipart/form-data 'file' parts.",
                [DocumentReaders.Html, DocumentReaders.Text, DocumentReaders.Pdf, DocumentReaders.Docx], typeof(ImportUploadBody)))
            .Produces<ImportAnswer>(StatusCodes.Status200OK, "application/json")
            .Produces<ImportAnswer>(StatusCodes.Status201Created, "application/json")
            .ProducesProblems(400, 401, 403, 413, 415, 422, 429, 507));
        Summary(s =>
        {
            s.Summary = "Import a published report: a web page, a PDF or Word file, or pasted text";
            s.Description = "The body is the document itself with its Content-Type (text/html, text/plain, application/pdf, " +
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document), or multipart/form-data with one " +
                            "or more 'file' parts. The three national tables are found by their headings and printed labels, in either " +
                            "layout; every cell read says where it came from, blank cells are listed, and nothing is guessed. A dry run " +
                            "by default: the answer is the report read and the verdict of /reports/validate. With store=true the report " +
                            "is stored exactly as POST /api/v1/reports would store it. Several files: { results: [...] }, each judged on its own.";
            s.Params["townshipCode"] = "The township whose report it is; when absent, the township the document's title names, looked up under area.";
            s.Params["year"] = "The year reported on; when absent, the year the document's title names.";
            s.Params["area"] = "Where to look up a township named by the document: a division code prefix (411328 a county).";
            s.Params["store"] = "true to store the report read (as POST /api/v1/reports); false, the default, for a dry run.";
            s.Params["acknowledgedRules"] = "Comma list of identity rules (A1, A2, A3, R1) the report knowingly breaks, with store=true.";
            s.Responses[200] = "The report read (a dry run, or stored identical to the current revision, or a new revision); for a multipart upload, each file's answer.";
            s.Responses[201] = "The report read was stored as the first revision of its township and year.";
            s.Responses[400] = "A query parameter is not valid (each is named), or the upload is not a well-formed request; with store=true, the report read is malformed.";
            s.Responses[401] = "No key, or an unknown one, in X-Api-Key.";
            s.Responses[403] = "With store=true: the key may not submit this township's reports.";
            s.Responses[413] = "The upload is larger than Imports:MaxRequestBytes; refused before it is read whole.";
            s.Responses[415] = "The document is not a web page, PDF, Word file or plain text.";
            s.Responses[422] = "/problems/unreadable-document (corrupt, encrypted, no text layer), /problems/unrecognised-document (the tables or rows " +
                               "not found, each listed), /problems/unidentified-report (township or year unknown or ambiguous, with the candidates), " +
                               "or, with store=true, /problems/unprocessable-report as for POST /api/v1/reports.";
            s.Responses[429] = "This township key has used its requests for the minute; Retry-After says when to try again.";
            s.Responses[507] = "/problems/insufficient-storage: the disk that holds the database is full; nothing was stored.";
        });
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        // The binder names every bad parameter; nothing is read until they are all right.
        ThrowIfAnyErrors();

        // The turn is held while documents are read and imported, not while the answer goes to a slow client.
        UploadReader.Upload upload;
        var results = new List<ImportResult>();
        using (await gate.EnterAsync(ct))
        {
            upload = await UploadReader.ReadAsync(HttpContext, options.Value, ct);
            var importRequest = request.ToImportRequest();
            var caller = Caller.From(User);
            foreach (var document in upload.Documents)
                results.Add(await import.ImportAsync(document, importRequest, caller, ct));
        }

        await ImportResponses.SendAsync(HttpContext, upload, results, registry, ct);
    }
}
