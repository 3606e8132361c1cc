using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Organization.ManageClasses;

public sealed record CreateClassRequest(Guid SchoolYearId, int Grade, string Name, string? Room = null);

/// <summary>A class of a school year, in one of the school's grades. Its homeroom teacher is assigned in Teaching.</summary>
public sealed class CreateClass(AppDbContext db, AuditLog audit)
{
    public async Task<Outcome<ClassDto>> HandleAsync(CreateClassRequest request, CancellationToken ct = default)
    {
        var year = await db.Set<SchoolYear>().AsNoTracking().SingleOrDefaultAsync(y => y.Id == request.SchoolYearId, ct);
        var school = year is null ? null : await db.Set<School>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == year.SchoolId, ct);
        if (year is null || school is null)
        {
            return Outcome.Invalid<ClassDto>("schoolYearId", "Không tìm thấy năm học này.");
        }
        if (year.Status == SchoolYearStatus.Closed)
        {
            return Outcome.Invalid<ClassDto>("schoolYearId", ClassRules.ClosedYear);
        }
        var errors = new Dictionary<string, string[]>();
        if (request.Grade < school.LowestGrade || request.Grade > school.HighestGrade)
        {
            errors.Add("grade", $"Khối lớp phải từ {school.LowestGrade} đến {school.HighestGrade}, các khối của trường.");
        }
        var (name, room) = ClassRules.Check(errors, request.Grade, request.Name, request.Room);
        await ClassRules.CheckUniqueAsync(db, errors, year.Id, name, null, ct);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<ClassDto>(errors);
        }
        var created = new SchoolClass { SchoolId = year.SchoolId, SchoolYearId = year.Id, Grade = request.Grade, Name = name, Room = room };
        db.Add(created);
        audit.Record(new AuditChange("class.create", "SchoolClass", created.Id.ToString(), null,
            new { Year = year.Name, created.Grade, created.Name, created.Room }, SchoolId: year.SchoolId));
        await db.SaveChangesAsync(ct);
        return Outcome.Ok(ClassDto.From(created));
    }
}
