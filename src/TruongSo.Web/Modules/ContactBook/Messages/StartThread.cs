using System.Security.Claims;
using TruongSo.Web.Modules.ContactBook.Reach;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.Messages;

/// <param name="TeacherStaffId">One of the child's teachers; the GVCN when left out.</param>
public sealed record StartThreadRequest(Guid? TeacherStaffId, string? Subject, string? Body);

public sealed record ThreadStarted(Guid Id, Guid TeacherStaffId, string TeacherName);

/// <summary>A guardian writes to one of their child's teachers (GVCN or a subject teacher of the child's class this year).</summary>
public sealed class StartThread(AppDbContext db, FamilyReach reach, ThreadAccess access, ClassTeachers teachers, MessageWriter writer, TimeProvider clock)
{
    public async Task<Outcome<ThreadStarted>> HandleAsync(ClaimsPrincipal user, Guid studentId, StartThreadRequest request, CancellationToken ct = default)
    {
        if (await reach.ChildInClassAsync(user, studentId, ct) is not { } child || !await access.IsGuardianAsync(Users.Id(user)!.Value, studentId, ct))
        {
            // The student's own account reads the portal but does not write to teachers here.
            return await reach.ChildAsync(user, studentId, ct) is { Relation.Length: > 0 }
                ? Refusal.Invalid("studentId", "Học sinh chưa được xếp lớp trong năm học hiện tại, nên chưa có giáo viên để nhắn.")
                : Refusal.NotFound("học sinh này");
        }
        var all = (await teachers.OfClassAsync(child.Class.Id, ct)).Where(t => t.UserId is not null).ToList();
        var teacher = request.TeacherStaffId is { } id ? all.FirstOrDefault(t => t.StaffId == id) : all.FirstOrDefault(t => t.IsHomeroom);
        if (teacher is null)
        {
            return Refusal.Invalid("teacherStaffId", request.TeacherStaffId is null
                ? "Lớp của con chưa có giáo viên chủ nhiệm có tài khoản; hãy chọn một giáo viên bộ môn."
                : "Giáo viên này không dạy lớp của con trong năm học hiện tại.");
        }
        var subject = (request.Subject ?? "").Trim();
        if (subject.Length is 0 or > 200)
        {
            return Refusal.Invalid("subject", "Tiêu đề không được để trống và dài tối đa 200 kí tự.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var thread = new MessageThread
        {
            SchoolId = child.Class.SchoolId, StudentId = studentId, StudentName = child.Child.FullName, ClassId = child.Class.Id, ClassName = child.Class.Name,
            TeacherStaffId = teacher.StaffId, TeacherUserId = teacher.UserId!.Value, TeacherName = teacher.FullName, StartedBy = Users.Id(user)!.Value,
            Subject = subject, CreatedAt = now, LastMessageAt = now,
        };
        if (await writer.RefuseAsync(thread.StartedBy, request.Body, ct) is { } refused)
        {
            return refused;
        }
        db.Add(thread);
        await writer.AddAsync(thread, new OpenThread(thread, thread.StartedBy, true), Users.Name(user), request.Body!, ct);
        await db.SaveChangesAsync(ct);
        return new ThreadStarted(thread.Id, teacher.StaffId, teacher.FullName);
    }
}
