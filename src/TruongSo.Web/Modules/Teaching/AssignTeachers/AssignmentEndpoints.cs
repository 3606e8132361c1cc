using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Teaching.Data;
using TruongSo.Web.Modules.Teaching.ViewWorkload;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Errors;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.Teaching.AssignTeachers;

public sealed record AssignmentDto(Guid Id, Guid ClassId, string Kind, Guid? SubjectId, int Term, Guid StaffId, decimal PeriodsPerWeek);

internal static class AssignmentEndpoints
{
    public static void MapAssignmentEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/", ListAsync).WithSummary("Phân công chuyên môn của một năm học hoặc một lớp");
        api.MapPost("/", AssignAsync).WithSummary("Phân công giáo viên dạy một môn (hoặc chủ nhiệm) một lớp; trả về cảnh báo vượt định mức");
        api.MapDelete("/{id:guid}", RemoveAsync).WithSummary("Huỷ một phân công");
        api.MapGet("/workload", WorkloadAsync).WithSummary("Số tiết mỗi tuần của từng giáo viên so với định mức");
    }

    private static async Task<IResult> ListAsync([AsParameters] PageQuery page, Guid? schoolYearId, Guid? classId, Guid? staffId,
        HttpContext http, IAccessPolicy access, ISchoolStructure structure, AppDbContext db, CancellationToken ct)
    {
        if (page.Problem() is { } p)
        {
            return Problems.Validation(p.Field, p.Message);
        }
        var schoolId = classId is { } c ? (await structure.ClassAsync(c, ct))?.SchoolId
            : schoolYearId is { } y ? (await structure.YearAsync(y, ct))?.SchoolId : null;
        if (schoolId is null && classId is null && schoolYearId is null)
        {
            return Problems.Validation("schoolYearId", "Hãy chọn năm học (schoolYearId) hoặc lớp (classId).");
        }
        if (schoolId is not { } school || !await access.CanAsync(http.User, Permissions.ViewAssignments, school, ct))
        {
            return Problems.NotFound("năm học hoặc lớp này");
        }
        var rows = db.Set<TeachingAssignment>().AsNoTracking().Where(a => a.SchoolId == school);
        rows = classId is { } cid ? rows.Where(a => a.ClassId == cid) : rows.Where(a => a.SchoolYearId == schoolYearId);
        if (staffId is { } sid)
        {
            rows = rows.Where(a => a.StaffId == sid);
        }
        var result = await rows.OrderBy(a => a.ClassId).ThenBy(a => a.Kind).ThenBy(a => a.SubjectId).ThenBy(a => a.Term)
            .Select(a => new AssignmentDto(a.Id, a.ClassId, a.Kind == AssignmentKind.Homeroom ? "homeroom" : "subject", a.SubjectId, a.Term, a.StaffId, a.PeriodsPerWeek))
            .ToPageAsync(page, ct);
        return Results.Ok(result);
    }

    private static async Task<IResult> AssignAsync(AssignRequest request, HttpContext http, IAccessPolicy access, ISchoolStructure structure, AssignTeacher handler, CancellationToken ct)
    {
        if (await structure.ClassAsync(request.ClassId, ct) is not { } cls || !await access.CanAsync(http.User, Permissions.ViewAssignments, cls.SchoolId, ct))
        {
            return Problems.NotFound("lớp này");
        }
        if (!await access.CanAsync(http.User, Permissions.ManageAssignments, cls.SchoolId, ct))
        {
            return Problems.Forbidden("Bạn không có quyền phân công chuyên môn ở trường này.");
        }
        var outcome = await handler.HandleAsync(request, ct);
        return outcome switch
        {
            { Conflict: { } conflict } => Problems.Conflict(conflict),
            { Result: { } result } => Results.Created($"/api/v1/assignments?classId={request.ClassId}", result),
            _ => Problems.Validation(outcome.Errors),
        };
    }

    private static async Task<IResult> RemoveAsync(Guid id, HttpContext http, IAccessPolicy access, AppDbContext db, AuditLog audit, CancellationToken ct)
    {
        var assignment = await db.Set<TeachingAssignment>().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (assignment is null || !await access.CanAsync(http.User, Permissions.ViewAssignments, assignment.SchoolId, ct))
        {
            return Problems.NotFound("phân công này");
        }
        if (!await access.CanAsync(http.User, Permissions.ManageAssignments, assignment.SchoolId, ct))
        {
            return Problems.Forbidden("Bạn không có quyền phân công chuyên môn ở trường này.");
        }
        db.Remove(assignment);
        audit.Record(new AuditChange("teaching.unassign", "Class", assignment.ClassId.ToString(),
            new { assignment.StaffId, assignment.SubjectId, assignment.Term, assignment.Kind }, null, SchoolId: assignment.SchoolId));
        await db.SaveChangesAsync(ct);
        return Results.NoContent();
    }

    private static async Task<IResult> WorkloadAsync(Guid schoolYearId, int? term, HttpContext http, IAccessPolicy access, ISchoolStructure structure, TeacherWorkload workload, CancellationToken ct)
    {
        if (await structure.YearAsync(schoolYearId, ct) is not { } year || !await access.CanAsync(http.User, Permissions.ViewAssignments, year.SchoolId, ct))
        {
            return Problems.NotFound("năm học này");
        }
        if (term is not (null or 1 or 2))
        {
            return Problems.Validation("term", "Học kỳ phải là 1 hoặc 2.");
        }
        return Results.Ok(await workload.ForYearAsync(schoolYearId, term ?? 1, ct));
    }
}
