using Microsoft.EntityFrameworkCore;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.HomeroomResults;

/// <summary>Reading and storing the summer's results: the conduct on the year's StudentResult, each re-test on the subject's year SubjectResult.</summary>
internal static class SummerMarks
{
    /// <summary>A re-test: a score for a scored subject ("5,5" accepted), Đ/CĐ for a comment one; empty clears it.</summary>
    public static bool Parse(SubjectRef subject, string? text, out SubjectMark? mark, out string? error)
    {
        (mark, error) = (null, null);
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (subject.Assessment == SubjectAssessment.CommentOnly)
        {
            var level = text.Trim().ToUpperInvariant() switch { "D" or "Đ" => "D", "CD" or "CĐ" => "CD", _ => null };
            if (ResultCodes.Comment(level) is { } r)
            {
                mark = SubjectMark.Of(r);
                return true;
            }
            error = $"Môn {subject.Name} đánh giá bằng nhận xét: nhập Đ hoặc CĐ.";
            return false;
        }
        if (Score.TryParse(text, out var score, out error))
        {
            mark = SubjectMark.Of(score);
            return true;
        }
        return false;
    }

    public static async Task<List<(object Before, object After)>> WriteAsync(AppDbContext db, ClassFacts facts,
        List<(Guid StudentId, Achievement? Conduct, Dictionary<Guid, SubjectMark?> Retests)> entries, DateTime now, CancellationToken ct)
    {
        var ids = entries.Select(e => e.StudentId).ToList();
        var students = await db.Set<StudentResult>().Where(r => r.SchoolYearId == facts.Year.Id && r.Period == GradingPeriod.Year && ids.Contains(r.StudentId))
            .ToDictionaryAsync(r => r.StudentId, ct);
        var subjects = await db.Set<SubjectResult>().Where(r => r.SchoolYearId == facts.Year.Id && r.Period == GradingPeriod.Year && ids.Contains(r.StudentId))
            .ToDictionaryAsync(r => (r.StudentId, r.SubjectId), ct);
        var changes = new List<(object, object)>();
        foreach (var (studentId, conduct, retests) in entries)
        {
            if (!students.TryGetValue(studentId, out var row))
            {
                row = new StudentResult
                {
                    SchoolId = facts.Class.SchoolId, SchoolYearId = facts.Year.Id, ClassId = facts.Class.Id, StudentId = studentId,
                    Period = GradingPeriod.Year, RuleSet = ResultCodes.Of(facts.RuleSet),
                };
                db.Add(row);
            }
            var newConduct = conduct?.ToString();
            if (row.SummerConduct != newConduct)
            {
                changes.Add((new { studentId, SummerConduct = row.SummerConduct }, new { studentId, SummerConduct = newConduct }));
                (row.SummerConduct, row.UpdatedAt, row.Version) = (newConduct, now, row.Version + 1);
            }
            foreach (var (subjectId, mark) in retests)
            {
                if (!subjects.TryGetValue((studentId, subjectId), out var result))
                {
                    result = new SubjectResult
                    {
                        SchoolId = facts.Class.SchoolId, SchoolYearId = facts.Year.Id, ClassId = facts.Class.Id, StudentId = studentId,
                        SubjectId = subjectId, Period = GradingPeriod.Year, ComputedAt = now,
                    };
                    db.Add(result);
                }
                var (tenths, level) = (mark?.Score?.Tenths, mark?.Comment is { } c ? ResultCodes.Of(c) : null);
                if (result.RetestTenths != tenths || result.RetestLevel != level)
                {
                    changes.Add((new { studentId, subjectId, result.RetestTenths, result.RetestLevel }, new { studentId, subjectId, RetestTenths = tenths, RetestLevel = level }));
                    (result.RetestTenths, result.RetestLevel) = (tenths, level);
                }
            }
        }
        return changes;
    }
}
