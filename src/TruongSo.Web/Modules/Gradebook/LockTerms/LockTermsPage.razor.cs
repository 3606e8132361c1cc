using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.HomeroomResults;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Gradebook.LockTerms;

/// <summary>/so-diem/khoa-so: the principal's view of every sheet of the current year, the lock per period, the unlock requests.</summary>
public partial class LockTermsPage
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [SupplyParameterFromQuery(Name = "truong")] private Guid? SchoolId { get; set; }
    [SupplyParameterFromQuery(Name = "xong")] private string? Done { get; set; }

    private SchoolInfo? school;
    private SchoolYearRef? year;
    private bool canLock;
    private IReadOnlyList<PeriodSheets> periods = [];
    private IReadOnlyList<UnlockRequestDto> requests = [];
    private GradebookRefusal? refusal;

    [SupplyParameterFromForm(FormName = "lock-periods")] private LockInput? Input { get; set; }

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        var user = (await AuthState).User;
        var access = ScopedServices.GetRequiredService<IAccessPolicy>();
        var structure = ScopedServices.GetRequiredService<ISchoolStructure>();
        var schools = (await access.GrantsAsync(user)).Where(g => g.Unit.Kind == OrgUnitKind.School && Permissions.RoleHas(g.Role, Permissions.ViewGradebook))
            .Select(g => g.Unit.Id).Distinct().ToList();
        var schoolId = SchoolId is { } s && await access.CanAsync(user, Permissions.ViewGradebook, s) ? s : schools.FirstOrDefault();
        school = schoolId == Guid.Empty ? null : await structure.SchoolAsync(schoolId);
        year = school is null ? null : await structure.CurrentYearAsync(school.Id);
        if (year is null)
        {
            return;
        }
        canLock = await access.CanAsync(user, Permissions.LockGradebook, year.SchoolId);
        periods = await ScopedServices.GetRequiredService<SheetStates>().ForYearAsync(year);
        requests = (await ScopedServices.GetRequiredService<UnlockRequests>().ForYearAsync(user, year.Id)).Value ?? [];
    }

    private async Task LockAsync()
    {
        var (action, period) = (Input!.Action?.Split(':') ?? []) is [var a, var p] ? (a, p) : ("", "");
        var handler = ScopedServices.GetRequiredService<LockPeriod>();
        var user = (await AuthState).User;
        var refused = action == "lock"
            ? (await handler.LockAsync(user, new LockRequest(year!.Id, period, (Input.Confirm?.GetValueOrDefault(period) ?? false)))).Refusal
            : (await handler.UnlockAsync(user, new UnlockPeriodRequest(year!.Id, period, Input.Reason?.GetValueOrDefault(period)))).Refusal;
        if (refused is not null)
        {
            refusal = refused;
            return;
        }
        Navigation.NavigateTo($"/so-diem/khoa-so?truong={year.SchoolId}&xong={action}", forceLoad: true);
    }

    private sealed class LockInput
    {
        public string? Action { get; set; }
        public Dictionary<string, bool> Confirm { get; set; } = [];
        public Dictionary<string, string?> Reason { get; set; } = [];
    }

    private static string StateName(SheetState state) => state switch
    {
        SheetState.Complete => "Đã hoàn thành",
        SheetState.Entering => "Đang nhập",
        _ => "Chưa nhập",
    };
}
