using TruongSo.Web.Platform.Time;
using System.Security.Claims;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.LeaveSchool;

public sealed record LeaveSchoolRequest(DateOnly? On = null, string? Note = null);

public sealed record LeftSchool(Guid StudentId, StudentStatus Status, DateOnly On);

/// <summary>Thôi học or hoàn thành chương trình: the stay and the class placement end; the profile keeps its history.</summary>
public sealed class LeaveSchoolHandler(AppDbContext db, StudentAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<LeftSchool>> HandleAsync(ClaimsPrincipal user, Guid studentId, LeaveReason reason, LeaveSchoolRequest request, CancellationToken ct = default)
    {
        if (reason == LeaveReason.Transferred)
        {
            throw new ArgumentException("A transfer has its own handler.", nameof(reason));
        }
        var (student, refused) = await access.ForChangeAsync(user, studentId, ct);
        if ((refused ?? Saving.NotStudying(student!)) is { } no)
        {
            return no;
        }
        var on = request.On ?? SchoolDay.Today(clock);
        if (student!.CurrentEnrolment is { } stay && on < stay.AdmittedOn)
        {
            return Refusal.Invalid("on", $"Ngày rời trường phải từ ngày vào trường ({Labels.Date(stay.AdmittedOn)}) trở đi.");
        }
        student.Leave(on, reason, note: request.Note);
        audit.Record(new AuditChange(reason == LeaveReason.Withdrawn ? "student.withdraw" : "student.graduate", "Student",
            student.Id.ToString(), null, new { student.StudentCode, student.FullName, On = on }, request.Note, SchoolId: student.SchoolId));
        return await db.SaveOrRefuseAsync(ct) is { } stale ? stale : new LeftSchool(student.Id, student.Status, on);
    }
}
