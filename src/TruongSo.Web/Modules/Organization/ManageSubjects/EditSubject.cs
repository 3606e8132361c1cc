using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Organization.ManageSubjects;

/// <param name="PeriodsByGrade">Periods per year in each grade the subject is taught; a grade left out is no longer taught.</param>
/// <param name="Version">The version read with the subject; a stale one is refused (409).</param>
public sealed record EditSubjectRequest(string Name, SubjectAssessment Assessment, Dictionary<int, int>? PeriodsByGrade, bool IsActive, Guid Version);

/// <summary>
/// A school adapts a subject: its name, how it is assessed, its periods per grade (which set the
/// number of regular assessments, TT22 Điều 6), whether it is taught. Its code stays.
/// </summary>
public sealed class EditSubject(AppDbContext db, AuditLog audit)
{
    public const string StaleMessage = "Môn học vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.";

    public async Task<Outcome<SubjectDto>?> HandleAsync(Guid id, EditSubjectRequest request, CancellationToken ct = default)
    {
        var subject = await db.Set<Subject>().Include(s => s.Grades).SingleOrDefaultAsync(s => s.Id == id, ct);
        var school = subject is null ? null : await db.Set<School>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == subject.SchoolId, ct);
        if (subject is null || school is null)
        {
            return null;
        }
        if (subject.Version != request.Version)
        {
            return Outcome.Stale<SubjectDto>(StaleMessage);
        }
        var errors = new Dictionary<string, string[]>();
        var name = SubjectRules.Check(errors, request.Name, request.Assessment, request.PeriodsByGrade, school.LowestGrade, school.HighestGrade);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<SubjectDto>(errors);
        }
        var before = SubjectDto.From(subject);
        subject.Grades.RemoveAll(g => !request.PeriodsByGrade!.ContainsKey(g.Grade));
        foreach (var (grade, periods) in request.PeriodsByGrade!)
        {
            if (subject.Grades.Find(g => g.Grade == grade) is { } row)
            {
                row.PeriodsPerYear = periods;
            }
            else
            {
                subject.Grades.Add(new SubjectGrade { SubjectId = subject.Id, Grade = grade, PeriodsPerYear = periods });
            }
        }
        (subject.Name, subject.Assessment, subject.IsActive, subject.Version) = (name, request.Assessment, request.IsActive, Guid.NewGuid());
        var after = SubjectDto.From(subject);
        audit.Record(new AuditChange("subject.edit", "Subject", id.ToString(),
            new { before.Name, before.Assessment, before.IsActive, before.PeriodsByGrade },
            new { after.Name, after.Assessment, after.IsActive, after.PeriodsByGrade }, SchoolId: subject.SchoolId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Stale<SubjectDto>(StaleMessage);
        }
        return Outcome.Ok(after);
    }
}
