using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Organization.ManageSubjects;

public sealed record AddSubjectRequest(Guid SchoolId, string Code, string Name, SubjectAssessment Assessment, Dictionary<int, int>? PeriodsByGrade);

/// <summary>A subject the 2018 programme leaves to the school: Ngoại ngữ 2, Tiếng dân tộc, …</summary>
public sealed class AddSubject(AppDbContext db, AuditLog audit)
{
    public async Task<Outcome<SubjectDto>> HandleAsync(AddSubjectRequest request, CancellationToken ct = default)
    {
        var school = await db.Set<School>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == request.SchoolId, ct);
        if (school is null)
        {
            return Outcome.Invalid<SubjectDto>("schoolId", "Không tìm thấy trường này.");
        }
        var errors = new Dictionary<string, string[]>();
        var code = SubjectRules.CheckCode(errors, request.Code);
        var name = SubjectRules.Check(errors, request.Name, request.Assessment, request.PeriodsByGrade, school.LowestGrade, school.HighestGrade);
        if (!errors.ContainsKey("code") && await db.Set<Subject>().AnyAsync(s => s.SchoolId == school.Id && s.Code == code, ct))
        {
            errors.Add("code", $"Trường đã có môn mã {code}.");
        }
        if (errors.Count > 0)
        {
            return Outcome.Invalid<SubjectDto>(errors);
        }
        var last = await db.Set<Subject>().Where(s => s.SchoolId == school.Id).MaxAsync(s => (int?)s.SortOrder, ct) ?? 0;
        var subject = new Subject
        {
            SchoolId = school.Id,
            Code = code,
            Name = name,
            Assessment = request.Assessment,
            SortOrder = last + 10,
            Grades = [.. request.PeriodsByGrade!.OrderBy(p => p.Key).Select(p => new SubjectGrade { Grade = p.Key, PeriodsPerYear = p.Value })],
        };
        db.Add(subject);
        var dto = SubjectDto.From(subject);
        audit.Record(new AuditChange("subject.create", "Subject", subject.Id.ToString(), null,
            new { dto.Code, dto.Name, dto.Assessment, dto.PeriodsByGrade }, SchoolId: school.Id));
        await db.SaveChangesAsync(ct);
        return Outcome.Ok(dto);
    }
}
