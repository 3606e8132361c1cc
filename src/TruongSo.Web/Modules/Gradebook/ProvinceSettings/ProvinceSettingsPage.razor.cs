using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.HomeroomResults;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Gradebook.ProvinceSettings;

/// <summary>/so-diem/cai-dat: the Sở officer's choices on the open points, each explained, the default marked.</summary>
public partial class ProvinceSettingsPage
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [SupplyParameterFromQuery(Name = "tinh")] private Guid? ProvinceId { get; set; }
    [SupplyParameterFromQuery(Name = "daLuu")] private int? Saved { get; set; }
    [SupplyParameterFromForm(FormName = "province-settings")] private SettingsForm? Input { get; set; }

    private ProvinceSettingsView? view;
    private GradebookRefusal? refusal;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        var user = (await AuthState).User;
        var grants = await ScopedServices.GetRequiredService<IAccessPolicy>().GrantsAsync(user);
        var province = ProvinceId ?? grants.Where(g => g.Unit.Kind == OrgUnitKind.Province).Select(g => g.Unit.Id).FirstOrDefault();
        view = province == Guid.Empty ? null : (await ScopedServices.GetRequiredService<ProvinceSettingsHandler>().ReadAsync(user, province)).Value;
    }

    private async Task SaveAsync()
    {
        var choices = Input!.Choices ?? [];
        var input = new SettingsInput(choices.GetValueOrDefault(SettingsQuestions.YearAverage), choices.GetValueOrDefault(SettingsQuestions.Adjust),
            Flag(choices.GetValueOrDefault(SettingsQuestions.CommentTrigger)), choices.GetValueOrDefault(SettingsQuestions.BothChuaDat),
            Flag(choices.GetValueOrDefault(SettingsQuestions.Titles)), Input.MaxAbsences);
        var (saved, refused) = await ScopedServices.GetRequiredService<ProvinceSettingsHandler>().ChangeAsync((await AuthState).User, view!.ProvinceId, input);
        if (refused is not null)
        {
            refusal = refused;
            return;
        }
        Navigation.NavigateTo($"/so-diem/cai-dat?tinh={saved!.ProvinceId}&daLuu=1", forceLoad: true);
    }

    private static bool? Flag(string? text) => bool.TryParse(text, out var b) ? b : null;

    private sealed class SettingsForm
    {
        public Dictionary<string, string?> Choices { get; set; } = [];
        public int? MaxAbsences { get; set; }
    }
}
