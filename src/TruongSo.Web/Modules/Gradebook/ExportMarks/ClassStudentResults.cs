using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.ExportMarks;

/// <summary>
/// Students' learning, conduct, outcome and title for a period, as the GVCN closed them
/// (StudentResult rows, ADR 0008). The exports and a student's own results read them here.
/// </summary>
public sealed class ClassStudentResults(AppDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, StudentResult>> ForClassAsync(ClassGradebook book, GradingPeriod period, CancellationToken ct = default) =>
        await db.Set<StudentResult>().AsNoTracking()
            .Where(r => r.ClassId == book.Class.Id && r.SchoolYearId == book.Year.Id && r.Period == period)
            .ToDictionaryAsync(r => r.StudentId, ct);

    public async Task<IReadOnlyList<StudentResult>> ForStudentAsync(Guid studentId, Guid classId, Guid schoolYearId, CancellationToken ct = default) =>
        await db.Set<StudentResult>().AsNoTracking().Where(r => r.StudentId == studentId && r.SchoolYearId == schoolYearId).ToListAsync(ct);
}
