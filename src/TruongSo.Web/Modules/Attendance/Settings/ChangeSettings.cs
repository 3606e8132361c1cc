using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Attendance.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Attendance.Settings;

public sealed record SettingsBody(bool? ByPeriod, int? PeriodsPerSession, IReadOnlyList<int>? Thresholds);

public sealed record SettingsView(Guid SchoolId, bool ByPeriod, int PeriodsPerSession, IReadOnlyList<int> Thresholds)
{
    public static SettingsView Of(AttendanceSettings s) => new(s.SchoolId, s.ByPeriod, s.PeriodsPerSession, s.ThresholdList());
}

/// <summary>GET|PUT /api/v1/attendance/schools/{schoolId}/settings: per session or per period, alert thresholds (attendance.manage writes, audited).</summary>
internal static class ChangeSettings
{
    public static RouteGroupBuilder MapAttendanceSettings(this RouteGroupBuilder api)
    {
        api.MapGet("/schools/{schoolId:guid}/settings", async (Guid schoolId, HttpContext http, IAccessPolicy access, AttendanceSettingsStore store, CancellationToken ct) =>
            await access.CanAsync(http.User, Permissions.ViewAttendance, schoolId, ct)
                ? Results.Ok(SettingsView.Of(await store.ForSchoolAsync(schoolId, ct)))
                : AttendanceRefusal.NotFound("trường này").ToProblem())
            .WithSummary("Cách điểm danh của trường (theo buổi hay theo tiết) và các mốc cảnh báo số buổi nghỉ");
        api.MapPut("/schools/{schoolId:guid}/settings", (Guid schoolId, SettingsBody body, HttpContext http, IAccessPolicy access, AppDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct) =>
            SaveAsync(http.User, schoolId, body, access, db, audit, clock, ct))
            .WithSummary("Đổi cách điểm danh và các mốc cảnh báo (mặc định 10, 20, 30, 45 buổi)");
        return api;
    }

    private static async Task<IResult> SaveAsync(ClaimsPrincipal user, Guid schoolId, SettingsBody body, IAccessPolicy access, AppDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (!await access.CanAsync(user, Permissions.ViewAttendance, schoolId, ct))
        {
            return AttendanceRefusal.NotFound("trường này").ToProblem();
        }
        if (!await access.CanAsync(user, Permissions.ManageAttendance, schoolId, ct))
        {
            return AttendanceRefusal.Forbidden("Chỉ ban giám hiệu được đổi cách điểm danh của trường.").ToProblem();
        }
        if (body.PeriodsPerSession is < 1 or > 6)
        {
            return AttendanceRefusal.Invalid("periodsPerSession", "Số tiết mỗi buổi phải từ 1 đến 6.").ToProblem();
        }
        if (body.Thresholds is { } t && (t.Count > 10 || t.Any(n => n is < 1 or > 400)))
        {
            return AttendanceRefusal.Invalid("thresholds", "Tối đa 10 mốc cảnh báo, mỗi mốc từ 1 đến 400 buổi.").ToProblem();
        }
        var row = await db.Set<AttendanceSettings>().SingleOrDefaultAsync(s => s.SchoolId == schoolId, ct);
        var before = row is null ? null : SettingsView.Of(row);
        if (row is null)
        {
            row = new AttendanceSettings { SchoolId = schoolId };
            db.Add(row);
        }
        else
        {
            row.Version++;
        }
        row.ByPeriod = body.ByPeriod ?? row.ByPeriod;
        row.PeriodsPerSession = body.PeriodsPerSession ?? row.PeriodsPerSession;
        row.Thresholds = body.Thresholds is { } list ? string.Join(",", list.Distinct().Order()) : row.Thresholds;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(new AuditChange("attendance.settings", "School", schoolId.ToString(), before, SettingsView.Of(row), SchoolId: schoolId));
        await db.SaveChangesAsync(ct);
        return Results.Ok(SettingsView.Of(row));
    }
}
