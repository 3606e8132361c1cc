using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TruongSo.Web.Modules.Attendance.AbsenceRequests;
using TruongSo.Web.Modules.Attendance.Data;

namespace TruongSo.Web.Modules.Attendance.Portal;

/// <summary>/gia-dinh/{studentId}/chuyen-can[?thang=yyyy-MM]: the child's absences this month and totals, the absence request form, the requests sent.</summary>
public partial class ChildAttendancePage
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Parameter] public Guid StudentId { get; set; }
    [SupplyParameterFromQuery(Name = "thang")] private string? MonthQuery { get; set; }
    [SupplyParameterFromQuery(Name = "daGui")] private int? Sent { get; set; }

    private ChildAttendanceView? view;
    private IReadOnlyList<AbsenceRequestView> requests = [];

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthState).User;
        var month = DateOnly.TryParseExact(MonthQuery + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : (DateOnly?)null;
        view = (await ScopedServices.GetRequiredService<ChildAttendance>().HandleAsync(user, StudentId, month?.Year, month?.Month)).Value;
        requests = view is null ? [] : (await ScopedServices.GetRequiredService<AbsenceRequestList>().ForChildAsync(user, StudentId)).Value ?? [];
    }

    private string Previous => new DateOnly(view!.Year, view.Month, 1).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private string Next => new DateOnly(view!.Year, view.Month, 1).AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string SpanName(string span) => span switch
    {
        "month" => "Tháng này",
        "hk1" => "Học kì I",
        "hk2" => "Học kì II",
        _ => "Cả năm học",
    };

    private static RequestState State(string code) => code switch
    {
        "approved" => RequestState.Approved,
        "rejected" => RequestState.Rejected,
        _ => RequestState.Pending,
    };
}
