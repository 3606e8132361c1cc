using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.ExportMarks;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.MyResults;

/// <summary>
/// A student's own results for a school year (default: the current year of their school): each
/// subject's marks and term/year results, and learning, conduct, outcome and title per period.
/// Null (404) for anyone but the student, their guardians and staff who may read the class.
/// </summary>
public sealed class MyResults(AppDbContext db, StudentPlacements placements, ISchoolStructure structure, ClassStudentResults overall)
{
    public async Task<StudentResultsView?> HandleAsync(ClaimsPrincipal user, Guid studentId, Guid? schoolYearId, CancellationToken ct = default)
    {
        if (await placements.FindAsync(user, studentId, schoolYearId, ct) is not { } at)
        {
            return null;
        }
        var yearId = at.Year.Id;
        var subjects = (await structure.SubjectsAsync(at.Class.SchoolId, ct))
            .Where(s => s.PeriodsByGrade.ContainsKey(at.Class.Grade) && at.SeesSubject(s.Id)).ToList();
        var marks = (await db.Set<MarkRow>().Where(r => r.StudentId == studentId && r.SchoolYearId == yearId).MarksAsync(ct))
            .ToLookup(m => (m.SubjectId, m.Term));
        var results = (await db.Set<SubjectResult>().AsNoTracking().Where(r => r.StudentId == studentId && r.SchoolYearId == yearId).ToListAsync(ct))
            .ToLookup(r => r.SubjectId);
        var periods = at.SeesOverall ? await overall.ForStudentAsync(studentId, at.Class.Id, yearId, ct) : [];
        var school = await structure.SchoolAsync(at.Class.SchoolId, ct);
        return new StudentResultsView(studentId, at.Student.StudentCode, at.Student.FullName, at.Class.SchoolId, school?.Name ?? "",
            yearId, at.Year.Name, at.Class.Id, at.Class.Name, at.Class.Grade,
            [.. subjects.Select(s => new SubjectView(s.Id, s.Code, s.Name, s.Assessment == SubjectAssessment.CommentOnly ? "comment" : "score",
                RegularAssessments.CountFor(s, at.Class.Grade) ?? 0, Marks(marks[(s.Id, 1)]), Marks(marks[(s.Id, 2)]),
                [.. results[s.Id].OrderBy(r => r.Period).Select(View)]))],
            [.. periods.OrderBy(p => p.Result.Period).Select(x => Period(x.Result, x.Closed))]);
    }

    private static PeriodView Period(StudentResult p, bool closed) => new(Code(p.Period), p.Learning, p.Conduct, p.Absences, p.YearEndOutcome,
        p.SummerConductTraining, p.RetestSubjects, p.FinalOutcome, p.Honour, p.HomeroomComment, closed);

    public static string Code(GradingPeriod period) => period switch { GradingPeriod.Hk1 => "hk1", GradingPeriod.Hk2 => "hk2", _ => "year" };

    private static List<MarkView> Marks(IEnumerable<Mark> marks) =>
        [.. marks.OrderBy(m => m.Column).Select(m => new MarkView(m.Column.ToString(), Decimal(m.Tenths), m.Level, m.Note == MarkNote.None ? null : m.Note.ToString()))];

    private static SubjectResultView View(SubjectResult r) =>
        new(Code(r.Period), r.Complete, Decimal(r.AverageTenths), r.Level, r.Exempt, Decimal(r.RetestTenths), r.RetestLevel);

    private static decimal? Decimal(int? tenths) => tenths is { } t ? new decimal(t, 0, 0, false, 1) : null;
}
