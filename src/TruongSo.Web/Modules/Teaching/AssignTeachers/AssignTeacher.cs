using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Teaching.Data;
using TruongSo.Web.Modules.Teaching.ViewWorkload;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Teaching.AssignTeachers;

/// <param name="Term">1 or 2; null means both terms. Ignored for homeroom, which spans the year.</param>
/// <param name="Replace">Hand the class × subject (or the homeroom) over from whoever holds it now.</param>
public sealed record AssignRequest(Guid ClassId, AssignmentKind Kind, Guid? SubjectId, int? Term, Guid StaffId, decimal? PeriodsPerWeek = null, bool Replace = false);

public sealed record AssignResult(IReadOnlyList<Guid> AssignmentIds, IReadOnlyList<string> Warnings);

/// <summary>
/// Phân công chuyên môn: one teacher per class × subject × term, one homeroom teacher per class.
/// Over-norm loads are allowed (schools short of teachers must) but come back as warnings.
/// </summary>
public sealed class AssignTeacher(AppDbContext db, ISchoolStructure structure, IStaffDirectory staffDirectory, TeacherWorkload workload, AuditLog audit, TimeProvider clock)
{
    public sealed record Outcome(AssignResult? Result, Dictionary<string, string[]> Errors, string? Conflict, Guid? SchoolId);

    public async Task<Outcome> HandleAsync(AssignRequest request, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (await structure.ClassAsync(request.ClassId, ct) is not { } cls)
        {
            return new(null, new() { ["classId"] = ["Không tìm thấy lớp."] }, null, null);
        }
        var teacher = await staffDirectory.FindAsync(request.StaffId, ct);
        if (teacher is null || teacher.SchoolId != cls.SchoolId || teacher.Status != StaffStatus.Working)
        {
            errors["staffId"] = ["Giáo viên không thuộc trường này hoặc đã nghỉ việc."];
        }
        SubjectRef? subject = null;
        if (request.Kind == AssignmentKind.Subject)
        {
            subject = request.SubjectId is { } sid ? await structure.SubjectAsync(sid, ct) : null;
            if (subject is null || subject.SchoolId != cls.SchoolId)
            {
                errors["subjectId"] = ["Không tìm thấy môn học của trường."];
            }
            else if (!subject.PeriodsByGrade.ContainsKey(cls.Grade))
            {
                errors["subjectId"] = [$"Môn {subject.Name} không dạy ở khối {cls.Grade}."];
            }
        }
        if (request.Term is not (null or 1 or 2))
        {
            errors["term"] = ["Học kỳ phải là 1 hoặc 2 (bỏ trống để phân công cả năm)."];
        }
        if (request.PeriodsPerWeek is < 0 or > 40)
        {
            errors["periodsPerWeek"] = ["Số tiết mỗi tuần phải từ 0 đến 40."];
        }
        if (errors.Count > 0)
        {
            return new(null, errors, null, cls.SchoolId);
        }

        var terms = request.Kind == AssignmentKind.Homeroom ? [0] : request.Term is { } t ? new[] { t } : [1, 2];
        var subjectId = request.Kind == AssignmentKind.Subject ? subject!.Id : (Guid?)null;
        var existing = await db.Set<TeachingAssignment>()
            .Where(a => a.ClassId == cls.Id && a.Kind == request.Kind && a.SubjectId == subjectId && terms.Contains(a.Term)).ToListAsync(ct);
        var held = existing.Where(a => a.StaffId != request.StaffId).ToList();
        if (held.Count > 0 && !request.Replace)
        {
            var holder = await staffDirectory.FindAsync(held[0].StaffId, ct);
            var what = request.Kind == AssignmentKind.Homeroom ? "chủ nhiệm" : $"môn {subject!.Name}";
            return new(null, errors, $"Lớp {cls.Name} đã phân công {what} cho {holder?.FullName}; chọn \"thay thế\" để đổi người.", cls.SchoolId);
        }
        db.RemoveRange(held);
        var ids = new List<Guid>();
        foreach (var term in terms.Where(term => !existing.Any(a => a.Term == term && a.StaffId == request.StaffId)))
        {
            var assignment = new TeachingAssignment
            {
                SchoolId = cls.SchoolId,
                SchoolYearId = cls.SchoolYearId,
                ClassId = cls.Id,
                Kind = request.Kind,
                SubjectId = subjectId,
                Term = term,
                StaffId = request.StaffId,
                PeriodsPerWeek = request.PeriodsPerWeek ?? (subject is null ? 0 : Workload.PeriodsPerWeek(subject, cls.Grade)),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Add(assignment);
            ids.Add(assignment.Id);
        }
        audit.Record(new AuditChange("teaching.assign", "Class", cls.Id.ToString(),
            held.Count == 0 ? null : held.Select(h => new { h.StaffId, h.SubjectId, h.Term }),
            new { request.Kind, SubjectId = subjectId, Terms = terms, request.StaffId }, SchoolId: cls.SchoolId));
        await db.SaveChangesAsync(ct);

        var warnings = new List<string>();
        foreach (var term in terms.Select(t => t == 0 ? 1 : t).Distinct())
        {
            var load = (await workload.ForYearAsync(cls.SchoolYearId, term, ct)).FirstOrDefault(l => l.StaffId == request.StaffId);
            if (load is { IsOver: true })
            {
                warnings.Add($"{load.FullName} dạy {load.Periods:0.##} tiết/tuần ở học kỳ {term}, vượt định mức {load.Norm} tiết.");
            }
        }
        return new(new AssignResult(ids, warnings), errors, null, cls.SchoolId);
    }
}
