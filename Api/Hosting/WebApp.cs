using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;

namespace Disclosure.Api.Hosting;

/// <summary>
/// The web app in wwwroot/ (the county dashboard and the township desk), served at <c>/</c> as plain files:
/// compressed, revalidated on every use (their ETag) except the vendor files, whose folder is named by their package
/// version and so never changes content under one URL (cached a year); every file under a Content-Security-Policy
/// that allows only this origin's own scripts and styles, none inline. The API and Swagger UI are not touched.
/// </summary>
public static class WebApp
{
    /// <summary>Scripts, styles, data and images from this origin only; nothing inline, nothing framed, no plug-ins.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string VendorCacheControl = "public, max-age=31536000, immutable";
    public const string OwnCacheControl = "no-cache";

    public static void AddWebApp(this IServiceCollection services) =>
        services.AddResponseCompression(o =>
        {
            // The app's files hold no secret for a compression side channel to reveal, so HTTPS compresses them too.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml", "text/plain"];
        })
        .Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal)
        .Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);

    public static void UseWebApp(this WebApplication app)
    {
        // The API compresses (and caches compressed) its own answers; only the app's files go through this.
        app.UseWhen(http => IsAppFile(http.Request.Path), branch => branch.UseResponseCompression());
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = ContentTypes(),
            OnPrepareResponse = file =>
            {
                var headers = file.Context.Response.Headers;
                headers.CacheControl = file.Context.Request.Path.StartsWithSegments("/vendor") ? VendorCacheControl : OwnCacheControl;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
            },
        });
    }

    private static bool IsAppFile(PathString path) =>
        !path.StartsWithSegments("/api") && !path.StartsWithSegments("/swagger") && !path.StartsWithSegments("/health");

    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".js"] = "text/javascript; charset=utf-8";
        types.Mappings[".css"] = "text/css; charset=utf-8";
        types.Mappings[".html"] = "text/html; charset=utf-8";
        return types;
    }
}
