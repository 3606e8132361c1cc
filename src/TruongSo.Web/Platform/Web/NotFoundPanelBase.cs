using Microsoft.AspNetCore.Components;

namespace TruongSo.Web.Platform.Web;

/// <summary>
/// A "not found" panel that answers 404 only if it is still on the page when the response starts.
/// A page renders once at the first await of its loading, with its record still null, so a panel
/// that set the status at once answered 404 for a record that appeared a moment later. PostgreSQL
/// reads really await; SQLite's finish at once, which hid this.
/// </summary>
public abstract class NotFoundPanelBase : ComponentBase, IDisposable
{
    private bool shown = true;

    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    protected override void OnInitialized()
    {
        if (HttpContext is { Response.HasStarted: false } http)
        {
            http.Response.OnStarting(() =>
            {
                if (shown)
                {
                    http.Response.StatusCode = StatusCodes.Status404NotFound;
                }
                return Task.CompletedTask;
            });
        }
    }

    // The page re-rendered with its record: the panel left the tree, so the answer stays 200.
    public void Dispose()
    {
        shown = false;
        GC.SuppressFinalize(this);
    }
}
