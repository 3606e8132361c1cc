using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.HomeroomResults;

/// <summary>
/// The summer's results, only for the students the engine sent there: the conduct re-assessed
/// after rèn luyện hè (Điều 13, for those who trained) and the re-test of each listed subject
/// (Điều 14), which replaces the subject's year result for the promotion decision.
/// </summary>
public sealed class RecordSummer(HomeroomGate gate, SheetGate sheets, ClassEvaluator evaluator, GradingSettingsStore settings, AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<GradebookOutcome<HomeroomSaved>> HandleAsync(ClaimsPrincipal user, Guid classId, IReadOnlyList<SummerEntry> entries, CancellationToken ct = default)
    {
        var (book, refused) = await gate.WriteAsync(user, classId, ct);
        if (refused is not null)
        {
            return refused;
        }
        var facts = (await evaluator.LoadAsync(classId, ct))!;
        var evaluation = ClassEvaluator.Evaluate(facts, await settings.ForSchoolAsync(facts.Class.SchoolId, ct), explain: false);
        var errors = new Dictionary<string, string>();
        var accepted = new List<(SummerEntry Entry, Achievement? Conduct, Dictionary<Guid, SubjectMark?> Retests)>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var decision = evaluation.Students.FirstOrDefault(s => s.Student.StudentId == e.StudentId)?.Tt22?.YearEnd;
            if (decision is not { Outcome: Outcome.ChoHe })
            {
                errors[$"entries[{i}].studentId"] = "Học sinh này không phải rèn luyện hay kiểm tra lại trong hè.";
                continue;
            }
            var conduct = ResultCodes.Achievement(e.Conduct);
            if (e.Conduct is not null && (conduct is null || !decision.SummerConductTraining))
            {
                errors[$"entries[{i}].conduct"] = decision.SummerConductTraining
                    ? "Mức rèn luyện phải là Tot, Kha, Dat hoặc ChuaDat."
                    : "Học sinh này không phải rèn luyện trong hè (Điều 13).";
            }
            var retests = new Dictionary<Guid, SubjectMark?>();
            foreach (var (code, text) in e.Retests ?? new Dictionary<string, string?>())
            {
                var subject = facts.Subjects.FirstOrDefault(s => s.Code == code);
                if (subject is null || !decision.RetestSubjects.Contains(code))
                {
                    errors[$"entries[{i}].retests.{code}"] = "Môn này không có trong danh sách kiểm tra lại của học sinh (Điều 14).";
                }
                else if (SummerMarks.Parse(subject, text, out var mark, out var error))
                {
                    retests[subject.Id] = mark;
                }
                else
                {
                    errors[$"entries[{i}].retests.{code}"] = error!;
                }
            }
            accepted.Add((e, conduct, retests));
        }
        if (errors.Count > 0)
        {
            return GradebookRefusal.Invalid(errors);
        }
        if (await sheets.LockedReasonAsync(facts.Year.Id, classId, null, GradingPeriod.Year, ct) is { } locked)
        {
            return GradebookRefusal.Conflict(locked);
        }
        var changes = await SummerMarks.WriteAsync(db, facts, accepted.Select(a => (a.Entry.StudentId, a.Conduct, a.Retests)).ToList(),
            clock.GetUtcNow().UtcDateTime, ct);
        if (changes.Count > 0)
        {
            audit.Record(new AuditChange("gradebook.homeroom.summer", "gradebook.homeroom", $"{classId}:year",
                changes.Select(c => c.Before).ToList(), changes.Select(c => c.After).ToList(), SchoolId: facts.Class.SchoolId));
            await db.SaveChangesAsync(ct);
        }
        return new HomeroomSaved(changes.Count);
    }
}
