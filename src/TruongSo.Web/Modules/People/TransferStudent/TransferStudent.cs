using TruongSo.Web.Platform.Time;
using System.Security.Claims;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.TransferStudent;

public sealed record TransferStudentRequest(Guid DestinationSchoolId, DateOnly? On = null, string? Note = null);

public sealed record Transferred(Guid StudentId, Guid FromSchoolId, Guid ToSchoolId, DateOnly On);

/// <summary>
/// Chuyển trường: the sending school ends its stay (its past stays with it, read-only) and the
/// profile, with its whole history, moves to the receiving school, where a new stay begins.
/// </summary>
public sealed class TransferStudentHandler(AppDbContext db, StudentAccess access, IOrgDirectory org, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<Transferred>> HandleAsync(ClaimsPrincipal user, Guid studentId, TransferStudentRequest request, CancellationToken ct = default)
    {
        var (student, refused) = await access.ForChangeAsync(user, studentId, ct);
        if ((refused ?? Saving.NotStudying(student!)) is { } no)
        {
            return no;
        }
        if (await org.FindAsync(request.DestinationSchoolId, ct) is not { Kind: OrgUnitKind.School } destination)
        {
            return Refusal.Invalid("destinationSchoolId", "Nơi chuyển đến phải là một trường học.");
        }
        var from = student!.SchoolId;
        if (destination.Id == from)
        {
            return Refusal.Invalid("destinationSchoolId", "Học sinh đang học tại trường này.");
        }
        var on = request.On ?? SchoolDay.Today(clock);
        if (student.CurrentEnrolment is { } stay && on < stay.AdmittedOn)
        {
            return Refusal.Invalid("on", $"Ngày chuyển trường phải từ ngày vào trường ({Labels.Date(stay.AdmittedOn)}) trở đi.");
        }
        var sender = (await org.FindAsync(from, ct))?.Name;
        student.Leave(on, LeaveReason.Transferred, destination.Id, request.Note);
        db.Add(student.Admit(destination.Id, on, $"Chuyển đến từ {sender}"));
        var change = new { student.StudentCode, student.FullName, From = from, To = destination.Id, On = on };
        audit.Record(new AuditChange("student.transfer-out", "Student", student.Id.ToString(), null, change, request.Note, SchoolId: from));
        audit.Record(new AuditChange("student.transfer-in", "Student", student.Id.ToString(), null, change, request.Note, SchoolId: destination.Id));
        return await db.SaveOrRefuseAsync(ct) is { } stale ? stale : new Transferred(student.Id, from, destination.Id, on);
    }
}
