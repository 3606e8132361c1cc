using Microsoft.EntityFrameworkCore;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Attendance.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>
/// A class's results by the Ministry's rules: loads what the gradebook recorded for the class
/// (<see cref="LoadAsync"/>, a handful of queries) and runs the engine chosen by
/// <see cref="RuleSets.For"/> for every student (<see cref="Evaluate"/>, no I/O), with the
/// school's province settings. No permission check: callers ask GradebookAccess first.
/// </summary>
public sealed class ClassEvaluator(AppDbContext db, ISchoolStructure structure, IClassRosters rosters, GradingSettingsStore settings, IAttendanceTotals attendance)
{
    public async Task<ClassEvaluation?> EvaluateAsync(Guid classId, bool explain = true, CancellationToken ct = default) =>
        await LoadAsync(classId, ct) is { } facts ? Evaluate(facts, await settings.ForSchoolAsync(facts.Class.SchoolId, ct), explain) : null;

    public async Task<ClassFacts?> LoadAsync(Guid classId, CancellationToken ct = default)
    {
        if (await structure.ClassAsync(classId, ct) is not { } cls || await structure.YearAsync(cls.SchoolYearId, ct) is not { } year)
        {
            return null;
        }
        var school = await structure.SchoolAsync(cls.SchoolId, ct);
        var subjects = (await structure.SubjectsAsync(cls.SchoolId, ct)).Where(s => s.PeriodsByGrade.ContainsKey(cls.Grade)).ToList();
        // The students in the class at the year's end; one who moved class mid-year is evaluated by the new class.
        var students = (await rosters.ForClassAsync(classId, ct)).Where(r => r.StaysToYearEnd(year)).ToList();
        var ids = students.Select(s => s.StudentId).ToList();
        var subjectRows = await db.Set<SubjectResult>().AsNoTracking()
            .Where(r => r.SchoolYearId == year.Id && ids.Contains(r.StudentId)).ToListAsync(ct);
        var studentRows = await db.Set<StudentResult>().AsNoTracking()
            .Where(r => r.SchoolYearId == year.Id && ids.Contains(r.StudentId)).ToListAsync(ct);
        var exemptions = await db.Set<Exemption>().AsNoTracking()
            .Where(e => e.SchoolYearId == year.Id && ids.Contains(e.StudentId)).Select(e => new { e.StudentId, e.SubjectId, e.Period }).ToListAsync(ct);
        return new ClassFacts(cls, year, school, RuleSets.For(year.StartYear, cls.Grade), subjects, students,
            ClassFacts.RowsOf(students, subjects, subjectRows, studentRows, exemptions.Select(e => (e.StudentId, e.SubjectId, e.Period))))
        {
            Attended = await AttendedAsync(attendance, year, ids, ct),
        };
    }

    /// <summary>Sessions absent per student in each term, from the attendance module (TT22 Điều 12 khoản 1 điểm c).</summary>
    internal static async Task<IReadOnlyDictionary<(Guid Student, GradingPeriod Term), int>> AttendedAsync(IAttendanceTotals attendance, SchoolYearRef year,
        IReadOnlyCollection<Guid> students, CancellationToken ct)
    {
        var hk1 = await attendance.ForStudentsAsync(students, year.Term1Start, year.Term1End, ct);
        var hk2 = await attendance.ForStudentsAsync(students, year.Term2Start, year.Term2End, ct);
        return hk1.Select(t => ((t.Key, GradingPeriod.Hk1), t.Value.Sessions)).Concat(hk2.Select(t => ((t.Key, GradingPeriod.Hk2), t.Value.Sessions)))
            .ToDictionary(t => t.Item1, t => t.Sessions);
    }

    /// <summary>Pure: the same facts and settings always give the same results (the benchmark and the demo call this).</summary>
    public static ClassEvaluation Evaluate(ClassFacts facts, GradingSettings settings, bool explain = true)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var students = new List<StudentEvaluation>(facts.Students.Count);
        foreach (var student in facts.Students)
        {
            students.Add(facts.RuleSet switch
            {
                RuleSet.Tt22 => Tt22(facts, student, settings, explain),
                RuleSet.Tt27 => Tt27(facts, student, settings),
                _ => new StudentEvaluation(student, null, null, null, null),
            });
        }
        return new ClassEvaluation(facts, settings, students);
    }

    private static StudentEvaluation Tt22(ClassFacts facts, RosterEntry student, GradingSettings settings, bool explain)
    {
        var input = ClassEvaluationInputs.Tt22(facts, student);
        return new StudentEvaluation(student, input, Tt22Engine.Evaluate(input, settings, explain), null, null);
    }

    private static StudentEvaluation Tt27(ClassFacts facts, RosterEntry student, GradingSettings settings)
    {
        var (input, missing) = ClassEvaluationInputs.Tt27(facts, student);
        var result = Tt27Engine.Evaluate(input, settings);
        if (missing.Count > 0)
        {
            result = new Tt27Result(null, null, [.. missing, .. result.Incomplete],
                ["Chưa đủ mức đánh giá cuối năm của các môn học và hoạt động giáo dục.", .. result.Explanation]);
        }
        return new StudentEvaluation(student, null, null, input, result);
    }
}
