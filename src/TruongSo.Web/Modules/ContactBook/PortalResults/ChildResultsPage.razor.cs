using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace TruongSo.Web.Modules.ContactBook.PortalResults;

/// <summary>/gia-dinh/{studentId}/ket-qua: the same answer as the API (one reader, two doors); 404 for a child not linked to the account.</summary>
public partial class ChildResultsPage
{
    [Parameter] public Guid StudentId { get; set; }
    [SupplyParameterFromQuery(Name = "nam")] private Guid? SchoolYearId { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [CascadingParameter] private HttpContext? HttpContext { get; set; }
    [Inject] private PortalResultsReader Reader { get; set; } = default!;

    private CachedResults? answer;
    private ChildResults? view;

    protected override async Task OnInitializedAsync()
    {
        answer = await Reader.ReadAsync((await AuthState).User, StudentId, SchoolYearId, HttpContext?.RequestAborted ?? default);
        view = answer?.View;
        if (answer is null && HttpContext is { Response.HasStarted: false } http)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
