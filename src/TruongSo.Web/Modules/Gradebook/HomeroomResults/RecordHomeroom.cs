using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.HomeroomResults;

/// <summary>
/// What the GVCN enters for each student of the class (TT22 Điều 20): conduct with a comment per
/// term, absences, the homeroom comment, TT27 qualities. One transaction and one audit entry per
/// save (who, when, old, new); a change after closing re-opens the period for closing again.
/// </summary>
public sealed class RecordHomeroom(HomeroomGate gate, SheetGate sheets, ISchoolStructure structure, IClassRosters rosters, AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<GradebookOutcome<HomeroomSaved>> ConductAsync(ClaimsPrincipal user, Guid classId, GradingPeriod period, IReadOnlyList<ConductEntry> entries, CancellationToken ct = default)
    {
        if (await gate.ReadAsync(user, classId, ct) is { Value: { } book } && RuleSets.For(book.Year.StartYear, book.Class.Grade) != RuleSet.Tt22)
        {
            return GradebookRefusal.Invalid("period", "Lớp này không xếp loại rèn luyện theo Thông tư 22: tiểu học đánh giá phẩm chất, năng lực (Thông tư 27).");
        }
        if (period == GradingPeriod.Year)
        {
            return GradebookRefusal.Invalid("period",
                "Kết quả rèn luyện cả năm được tính từ hai học kì (Điều 8 khoản 2): hãy nhập cho học kì I hoặc học kì II.");
        }
        return await SaveAsync(user, classId, period, "conduct", entries, e => e.StudentId, (e, i, errors) =>
        {
            if (e.Conduct is not null && ResultCodes.Achievement(e.Conduct) is null)
            {
                errors[$"entries[{i}].conduct"] = "Mức rèn luyện phải là Tot, Kha, Dat hoặc ChuaDat (Tốt, Khá, Đạt, Chưa đạt).";
            }
            if (e.Comment?.Trim().Length > 1000)
            {
                errors[$"entries[{i}].comment"] = "Nhận xét dài tối đa 1000 kí tự.";
            }
        }, (e, row) => (row.Conduct, row.ConductComment) = (e.Conduct, string.IsNullOrWhiteSpace(e.Comment) ? null : e.Comment.Trim()),
            row => new { row.Conduct, row.ConductComment }, ct);
    }

    public Task<GradebookOutcome<HomeroomSaved>> AbsencesAsync(ClaimsPrincipal user, Guid classId, GradingPeriod period, IReadOnlyList<AbsenceEntry> entries, CancellationToken ct = default) =>
        SaveAsync(user, classId, period, "absences", entries, e => e.StudentId, (e, i, errors) =>
        {
            if (e.Absences is < 0 or > 400)
            {
                errors[$"entries[{i}].absences"] = "Số buổi nghỉ phải từ 0 đến 400.";
            }
        }, (e, row) => row.Absences = e.Absences, row => new { row.Absences }, ct);

    public Task<GradebookOutcome<HomeroomSaved>> CommentsAsync(ClaimsPrincipal user, Guid classId, GradingPeriod period, IReadOnlyList<CommentEntry> entries, CancellationToken ct = default) =>
        SaveAsync(user, classId, period, "comment", entries, e => e.StudentId, (e, i, errors) =>
        {
            if (e.Comment?.Trim().Length > 2000)
            {
                errors[$"entries[{i}].comment"] = "Nhận xét dài tối đa 2000 kí tự.";
            }
        }, (e, row) => row.HomeroomComment = string.IsNullOrWhiteSpace(e.Comment) ? null : e.Comment.Trim(), row => new { row.HomeroomComment }, ct);

    public Task<GradebookOutcome<HomeroomSaved>> QualitiesAsync(ClaimsPrincipal user, Guid classId, IReadOnlyList<QualitiesEntry> entries, CancellationToken ct = default) =>
        SaveAsync(user, classId, GradingPeriod.Year, "qualities", entries, e => e.StudentId, (e, i, errors) =>
        {
            foreach (var (group, given, known) in new[] { ("qualities", e.Qualities, Tt27Engine.Qualities), ("competences", e.Competences, Tt27Engine.Competences) })
            {
                foreach (var (key, value) in given ?? new Dictionary<string, string>())
                {
                    if (known.All(k => k.Key != key) || !Enum.TryParse<Tt27Quality>(value, out var q) || !Enum.IsDefined(q) || int.TryParse(value, out _))
                    {
                        errors[$"entries[{i}].{group}.{key}"] = "Mức đánh giá phẩm chất, năng lực phải là Tot, Dat hoặc CanCoGang (Tốt, Đạt, Cần cố gắng).";
                    }
                }
            }
        }, (e, row) => row.Qualities = new Traits(
            (e.Qualities ?? new Dictionary<string, string>()).ToDictionary(q => q.Key, q => Enum.Parse<Tt27Quality>(q.Value)),
            (e.Competences ?? new Dictionary<string, string>()).ToDictionary(q => q.Key, q => Enum.Parse<Tt27Quality>(q.Value))).ToJson(),
            row => new { row.Qualities }, ct);

    private async Task<GradebookOutcome<HomeroomSaved>> SaveAsync<T>(ClaimsPrincipal user, Guid classId, GradingPeriod period, string what,
        IReadOnlyList<T> entries, Func<T, Guid> studentOf, Action<T, int, Dictionary<string, string>> validate, Action<T, StudentResult> apply,
        Func<StudentResult, object> snapshot, CancellationToken ct)
    {
        var (book, refused) = await gate.WriteAsync(user, classId, ct);
        if (refused is not null)
        {
            return refused;
        }
        var cls = book!.Class;
        var year = await structure.YearAsync(cls.SchoolYearId, ct);
        var inClass = (await rosters.ForClassAsync(classId, ct)).Where(r => year is not null && r.StaysToYearEnd(year)).Select(r => r.StudentId).ToHashSet();
        var errors = new Dictionary<string, string>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (!inClass.Contains(studentOf(entries[i])))
            {
                errors[$"entries[{i}].studentId"] = "Học sinh không học lớp này.";
            }
            validate(entries[i], i, errors);
        }
        if (errors.Count > 0)
        {
            return GradebookRefusal.Invalid(errors);
        }
        // A term's conduct and absences feed the year's results (TT22 Điều 8, 12): the year must be open too.
        GradingPeriod[] affected = period == GradingPeriod.Year ? [period] : [period, GradingPeriod.Year];
        foreach (var p in affected)
        {
            if (await sheets.LockedReasonAsync(cls.SchoolYearId, classId, null, p, ct) is { } locked)
            {
                return GradebookRefusal.Conflict(locked);
            }
        }
        var ids = entries.Select(studentOf).Distinct().ToList();
        var rows = await db.Set<StudentResult>().Where(r => r.SchoolYearId == cls.SchoolYearId && r.Period == period && ids.Contains(r.StudentId))
            .ToDictionaryAsync(r => r.StudentId, ct);
        var (before, after) = (new List<object>(), new List<object>());
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in entries.DistinctBy(studentOf))
        {
            var id = studentOf(entry);
            var row = rows.GetValueOrDefault(id);
            if (row is null)
            {
                row = new StudentResult
                {
                    SchoolId = cls.SchoolId, SchoolYearId = cls.SchoolYearId, ClassId = classId, StudentId = id, Period = period,
                    RuleSet = ResultCodes.Of(RuleSets.For(book.Year.StartYear, cls.Grade)),
                };
                db.Add(row);
            }
            var old = snapshot(row); // anonymous objects compare by value
            apply(entry, row);
            var changed = snapshot(row);
            if (changed.Equals(old))
            {
                continue;
            }
            before.Add(new { StudentId = id, Value = old });
            after.Add(new { StudentId = id, Value = changed });
            (row.UpdatedAt, row.Version) = (now, row.Version + 1);
        }
        if (after.Count == 0)
        {
            return new HomeroomSaved(0);
        }
        foreach (var p in affected)
        {
            await ReopenForClosingAsync(classId, p, ct);
        }
        audit.Record(new AuditChange($"gradebook.homeroom.{what}", "gradebook.homeroom", $"{classId}:{ResultCodes.Of(period)}", before, after, SchoolId: cls.SchoolId));
        await db.SaveChangesAsync(ct);
        return new HomeroomSaved(after.Count);
    }

    /// <summary>The closed results no longer match what was entered: the GVCN closes the period again.</summary>
    private async Task ReopenForClosingAsync(Guid classId, GradingPeriod period, CancellationToken ct)
    {
        if (await db.Set<Sheet>().SingleOrDefaultAsync(s => s.ClassId == classId && s.SubjectId == null && s.Period == period, ct) is { CompletedAt: not null } sheet)
        {
            (sheet.CompletedAt, sheet.CompletedBy) = (null, null);
            sheet.Version++;
        }
    }
}
