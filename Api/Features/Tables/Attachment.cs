using Microsoft.Net.Http.Headers;

namespace Disclosure.Api.Features.Tables;

/// <summary>Content-Disposition for a download: the name in UTF-8 (filename*), and an ASCII one for old clients.</summary>
public static class Attachment
{
    public static void Name(HttpContext http, string asciiName, string name) =>
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = asciiName,
            FileNameStar = name,
        }.ToString();
}
