using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TruongSo.Web.Platform.Time;

namespace TruongSo.Web.Modules.Attendance.Reports;

/// <summary>/diem-danh/bao-cao[?truong=|lop=&amp;tu=&amp;den=&amp;theo=]: the school's (attendance.view) or a class's attendance by day, week, month.</summary>
public partial class ReportPage
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [SupplyParameterFromQuery(Name = "truong")] private Guid? SchoolQuery { get; set; }
    [SupplyParameterFromQuery(Name = "lop")] private Guid? ClassQuery { get; set; }
    [SupplyParameterFromQuery(Name = "tu")] private string? FromQuery { get; set; }
    [SupplyParameterFromQuery(Name = "den")] private string? ToQuery { get; set; }
    [SupplyParameterFromQuery(Name = "theo")] private string? ByQuery { get; set; }

    private AttendanceReportView? report;
    private AttendanceRefusal? refusal;
    private DateOnly From { get; set; }
    private DateOnly To { get; set; }

    private string By => ByQuery is "week" or "month" ? ByQuery : "day";

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthState).User;
        var today = SchoolDay.Today(ScopedServices.GetRequiredService<TimeProvider>());
        From = ReportSetup.TryDate(FromQuery, out var f) ? f : new DateOnly(today.Year, today.Month, 1);
        To = ReportSetup.TryDate(ToQuery, out var t) ? t : today;
        var access = ScopedServices.GetRequiredService<AttendanceAccess>();
        Guid? classId = ClassQuery;
        Guid? schoolId = SchoolQuery ?? (await access.SchoolsAsync(user)).Cast<Guid?>().FirstOrDefault();
        if (classId is null && schoolId is null)
        {
            // A GVCN without the school's view reads their own homeroom class.
            classId = (await access.MyClassesAsync(user)).Where(c => c.IsHomeroom).Select(c => (Guid?)c.Class.Id).FirstOrDefault();
        }
        (report, refusal) = await ScopedServices.GetRequiredService<AttendanceReport>().HandleAsync(user, classId is null ? schoolId : null, classId, From, To, By);
    }

    /// <summary>For the school, each day's (week's, month's) classes followed by the school's line.</summary>
    private static IEnumerable<ReportRow> Lines(AttendanceReportView v) =>
        v.ClassId is null ? v.Rows.Concat(v.Totals).OrderBy(x => x.Start).ThenBy(x => x.ClassId is null ? 1 : 0) : v.Rows;

    private string Label(DateOnly start) => By == "month" ? start.ToString("MM/yyyy", Inv) : start.ToString("dd/MM/yyyy", Inv);
}
