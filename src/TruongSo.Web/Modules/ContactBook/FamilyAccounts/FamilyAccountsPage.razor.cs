using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.ContactBook.FamilyAccounts;

/// <summary>/lien-lac/tai-khoan-phu-huynh: a class's guardians, their accounts, and printable slips with fresh codes.</summary>
public partial class FamilyAccountsPage
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [SupplyParameterFromQuery(Name = "truong")] private Guid? SchoolId { get; set; }
    [SupplyParameterFromQuery(Name = "lop")] private Guid? ClassQuery { get; set; }
    [SupplyParameterFromForm(FormName = "issue-codes")] private IssueInput? Input { get; set; }
    [SupplyParameterFromForm(Name = "lop", FormName = "issue-codes")] private Guid? ClassPosted { get; set; }

    private SchoolInfo? school;
    private SchoolYearRef? year;
    private IReadOnlyList<ClassRef> classes = [];
    private ClassFamilyAccountsView? view;
    private IssuedCodes? issued;
    private string? error;

    private T Get<T>() where T : notnull => ScopedServices.GetRequiredService<T>();

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        var user = (await AuthState).User;
        var access = Get<IAccessPolicy>();
        var structure = Get<ISchoolStructure>();
        var schools = (await access.GrantsAsync(user)).Where(g => g.Unit.Kind == OrgUnitKind.School && Permissions.RoleHas(g.Role, Permissions.ManageFamilyAccounts))
            .Select(g => g.Unit.Id).Distinct().ToList();
        var schoolId = SchoolId is { } s && await access.CanAsync(user, Permissions.ManageFamilyAccounts, s) ? s : schools.FirstOrDefault();
        school = schoolId == Guid.Empty ? null : await structure.SchoolAsync(schoolId);
        if (school is null)
        {
            return;
        }
        year = await structure.CurrentYearAsync(school.Id);
        classes = year is null ? [] : await structure.ClassesAsync(year.Id);
        var classId = ClassPosted ?? ClassQuery;
        var chosen = classes.FirstOrDefault(c => c.Id == classId) ?? (classes.Count > 0 ? classes[0] : null);
        if (chosen is not null)
        {
            var (found, refused) = await Get<ClassFamilyAccounts>().HandleAsync(user, chosen.Id);
            (view, error) = (found, refused?.Message);
        }
    }

    private async Task IssueAsync()
    {
        if (view is null)
        {
            return;
        }
        var guardians = Input?.Guardian is { } one ? new[] { one } : null;
        var (result, refused) = await Get<IssueCodes>().HandleAsync((await AuthState).User, new IssueCodesRequest(view.ClassId, guardians));
        (issued, error) = (result, refused?.Message);
        if (result is { Codes.Count: 0, Problems.Count: 0 })
        {
            (issued, error) = (null, "Mọi phụ huynh của lớp đã kích hoạt tài khoản; để cấp lại, chọn Cấp lại mã ở từng người.");
        }
    }

    private string StateText(FamilyAccountRow row) => row.State switch
    {
        AccountState.NoAccount => T["Chưa có tài khoản"],
        AccountState.Pending => T.Format("Chờ kích hoạt (mã hết hạn {0})", row.CodeExpiresAt!.Value.AddHours(7).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)),
        AccountState.Expired => T["Mã đã hết hạn, chưa kích hoạt"],
        _ => T["Đã kích hoạt"],
    };

    private sealed class IssueInput
    {
        public Guid? Guardian { get; set; }
    }
}
