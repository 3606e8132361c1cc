using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Teaching.Data;
using TruongSo.Web.Modules.Teaching.ViewWorkload;

namespace TruongSo.Web.Modules.Teaching.AssignTeachers;

/// <summary>/phan-cong: a school year's assignments by class, the assignment form, and each teacher's load.</summary>
public partial class AssignmentsPage
{
    [SupplyParameterFromQuery(Name = "truong")] private Guid? SchoolId { get; set; }
    [SupplyParameterFromQuery(Name = "nam")] private Guid? YearId { get; set; }
    [SupplyParameterFromQuery(Name = "hk")] private int? TermQuery { get; set; }
    [SupplyParameterFromForm] private AssignInput? Input { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private int Term => TermQuery is 2 ? 2 : 1;
    private SchoolInfo? school;
    private SchoolYearRef? year;
    private bool canManage;
    private IReadOnlyList<ClassRef> classes = [];
    private IReadOnlyList<SubjectRef> subjects = [];
    private IReadOnlyList<StaffRef> staff = [];
    private Dictionary<Guid, List<Contracts.AssignmentRef>> byClass = [];
    private IReadOnlyList<TeacherLoad> loads = [];
    private string? message;
    private bool messageIsError;
    private List<string> warnings = [];

    protected override async Task OnParametersSetAsync()
    {
        Input ??= new();
        var user = (await AuthState).User;
        var schools = (await Access.GrantsAsync(user)).Where(g => g.Unit.Kind == OrgUnitKind.School && Permissions.RoleHas(g.Role, Permissions.ViewAssignments)).Select(g => g.Unit.Id).Distinct().ToList();
        var schoolId = SchoolId is { } s && await Access.CanAsync(user, Permissions.ViewAssignments, s) ? s : schools.FirstOrDefault();
        school = schoolId == Guid.Empty ? null : await Structure.SchoolAsync(schoolId);
        if (school is null)
        {
            return;
        }
        year = YearId is { } y && await Structure.YearAsync(y) is { } chosen && chosen.SchoolId == school.Id ? chosen : await Structure.CurrentYearAsync(school.Id);
        if (year is null)
        {
            return;
        }
        canManage = await Access.CanAsync(user, Permissions.ManageAssignments, school.Id);
        classes = await Structure.ClassesAsync(year.Id);
        subjects = (await Structure.SubjectsAsync(school.Id)).OrderBy(x => x.Name).ToList();
        staff = await StaffDirectory.WorkingAtAsync(school.Id);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        byClass = (await Assignments.ForYearAsync(year!.Id)).GroupBy(a => a.ClassId).ToDictionary(g => g.Key, g => g.ToList());
        loads = await Workloads.ForYearAsync(year!.Id, Term);
    }

    private async Task AssignAsync()
    {
        // The posted class must be one of this school's, which the user was checked to manage:
        // the form is just text, and another school's ids could be typed into it.
        if (!canManage || Input is null || classes.All(c => c.Id != Input.ClassId))
        {
            (message, messageIsError) = (T["Không có quyền phân công cho lớp này."], true);
            return;
        }
        var homeroom = Input.SubjectId == Guid.Empty;
        var outcome = await Assign.HandleAsync(new AssignRequest(Input.ClassId, homeroom ? AssignmentKind.Homeroom : AssignmentKind.Subject,
            homeroom ? null : Input.SubjectId, Input.Term == 0 ? null : Input.Term, Input.StaffId, Replace: Input.Replace));
        (message, messageIsError) = outcome switch
        {
            { Conflict: { } conflict } => (conflict, true),
            { Result: not null } => (T["Đã lưu phân công."], false),
            _ => (string.Join(" ", outcome.Errors.SelectMany(e => e.Value)), true),
        };
        warnings = [.. outcome.Result?.Warnings ?? []];
        await LoadAsync();
    }

    private string NameOf(Guid staffId) => staff.FirstOrDefault(s => s.Id == staffId)?.FullName ?? "—";

    private string SubjectName(Guid? subjectId) => subjects.FirstOrDefault(s => s.Id == subjectId)?.Name ?? "";

    private sealed class AssignInput
    {
        public Guid ClassId { get; set; }
        public Guid SubjectId { get; set; }
        public int Term { get; set; }
        public Guid StaffId { get; set; }
        public bool Replace { get; set; }
    }
}
