using Microsoft.AspNetCore.Components;

namespace TruongSo.Web.Modules.Organization;

/// <summary>
/// A page or form of the module whose services (and so its DbContext) come from a scope of its
/// own. MainLayout reads the user's grants through the request's DbContext and renders the page
/// while that read is still in flight; on PostgreSQL a page sharing that context would start a
/// second operation on it ("connection is in state Connecting"). A pooled context per component
/// costs little and keeps each one's reads and writes sequential.
/// </summary>
public abstract class OrgComponent : ComponentBase, IAsyncDisposable
{
    private AsyncServiceScope? scope;

    [Inject] private IServiceScopeFactory Scopes { get; set; } = default!;

    protected T Get<T>() where T : notnull => (scope ??= Scopes.CreateAsyncScope()).ServiceProvider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        if (scope is { } s)
        {
            await s.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}
