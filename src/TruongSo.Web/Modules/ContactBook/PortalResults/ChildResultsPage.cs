using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace TruongSo.Web.Modules.ContactBook.PortalResults;

/// <summary>
/// GET /gia-dinh/{studentId}/ket-qua: static server-rendered HTML (no Blazor script), the same answer
/// as the API (one reader, two doors). The document is rendered once per cached answer and language
/// and then served as bytes with an ETag, so a parent's reload costs what the API costs.
/// A child not linked to the account: 404, the same page as for no child at all.
/// </summary>
internal static class ChildResultsPage
{
    public static void MapChildResultsPage(this WebApplication app) =>
        app.MapGet("/gia-dinh/{studentId:guid}/ket-qua", async (Guid studentId, Guid? nam, HttpContext http, PortalResultsReader reader, CancellationToken ct) =>
        {
            var answer = await reader.ReadAsync(http.User, studentId, nam, ct);
            if (answer is null)
            {
                var missing = await RenderAsync(http, studentId, null);
                return Results.Content(Encoding.UTF8.GetString(missing), "text/html; charset=utf-8", null, StatusCodes.Status404NotFound);
            }
            var culture = CultureInfo.CurrentUICulture.Name;
            if (!answer.Pages.TryGetValue(culture, out var html))
            {
                html = answer.Pages.GetOrAdd(culture, await RenderAsync(http, studentId, answer));
            }
            var etag = $"\"{answer.ETag.Trim('"')}-{culture}\"";
            http.Response.Headers.CacheControl = "private, no-cache";
            http.Response.Headers.ETag = etag;
            return http.Request.Headers.IfNoneMatch == etag ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(html, "text/html; charset=utf-8");
        }).RequireAuthorization().ExcludeFromDescription();

    private static async Task<byte[]> RenderAsync(HttpContext http, Guid studentId, CachedResults? answer)
    {
        await using var renderer = new HtmlRenderer(http.RequestServices, http.RequestServices.GetRequiredService<ILoggerFactory>());
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(ChildResultsDocument.StudentId)] = studentId,
                [nameof(ChildResultsDocument.Found)] = answer is not null,
                [nameof(ChildResultsDocument.View)] = answer?.View,
            });
            return (await renderer.RenderComponentAsync<ChildResultsDocument>(parameters)).ToHtmlString();
        });
        return Encoding.UTF8.GetBytes(html);
    }
}
