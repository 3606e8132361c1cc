using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Attendance.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Time;

namespace TruongSo.Web.Modules.Attendance.TakeRegister;

/// <summary>/diem-danh[?ngay=yyyy-MM-dd]: the teacher's classes of the day (tap one to take its register), the GVCN's pending absence requests, the school's classes for its readers.</summary>
public partial class TodayPage
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [SupplyParameterFromQuery(Name = "ngay")] private string? DateQuery { get; set; }

    private IReadOnlyList<(ClassRef Class, bool IsHomeroom)> mine = [];
    private IReadOnlyList<ClassRef> schoolClasses = [];
    private HashSet<(Guid ClassId, int Session)> taken = [];

    private DateOnly Date => DateOnly.TryParseExact(DateQuery, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
        ? d : SchoolDay.Today(ScopedServices.GetRequiredService<TimeProvider>());

    private string DateText => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthState).User;
        var access = ScopedServices.GetRequiredService<AttendanceAccess>();
        var structure = ScopedServices.GetRequiredService<ISchoolStructure>();
        mine = await access.MyClassesAsync(user);
        var classes = new List<ClassRef>();
        foreach (var school in await access.SchoolsAsync(user))
        {
            if (await structure.CurrentYearAsync(school) is { } year)
            {
                classes.AddRange(await structure.ClassesAsync(year.Id));
            }
        }
        schoolClasses = classes;
        var ids = mine.Select(m => m.Class.Id).Concat(classes.Select(c => c.Id)).Distinct().ToList();
        var date = Date;
        taken = (await ScopedServices.GetRequiredService<AppDbContext>().Set<AttendanceRegister>().AsNoTracking()
            .Where(r => ids.Contains(r.ClassId) && r.Date == date).Select(r => new { r.ClassId, r.Session }).ToListAsync())
            .Select(r => (r.ClassId, (int)r.Session)).ToHashSet();
    }

    private string Taken(Guid classId, int session) => taken.Contains((classId, session)) ? "✓" : "—";
}
