using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.EndSchoolYear;

public sealed record RollOverStudent(Guid StudentId, string FullName, string ClassName, string Reason);

/// <param name="AlreadyDone">Students placed in the next year by an earlier run (the roll-over is idempotent).</param>
public sealed record RollOverSummary(Guid? NextSchoolYearId, int Promoted, int Repeated, int Graduated, int AlreadyDone,
    IReadOnlyList<RollOverStudent> Undecided, IReadOnlyList<RollOverStudent> Unplaced);

/// <summary>
/// Chuyển năm học: Organization prepares next year's classes (7A1 → 8A1), then each student of the
/// year goes where their decision says: lên lớp to the successor class, ở lại lớp to next year's
/// class of the same name, hoàn thành chương trình leaves the school. No decision, no move: those
/// students are listed. One transaction; running it again changes nothing.
/// </summary>
public sealed class RollOverHandler(AppDbContext db, StudentAccess access, ISchoolStructure structure, AuditLog audit)
{
    public async Task<Outcome<RollOverSummary>> HandleAsync(ClaimsPrincipal user, Guid schoolYearId, CancellationToken ct = default)
    {
        if (await structure.YearAsync(schoolYearId, ct) is not { } year)
        {
            return Refusal.NotFound("năm học này");
        }
        if (await access.SchoolRefusalAsync(user, year.SchoolId, "năm học này", ct) is { } refused)
        {
            return refused;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var successors = await structure.PrepareNextYearAsync(schoolYearId, ct);
        await db.SaveChangesAsync(ct); // next year's classes, so that the reads below see them (still one transaction)
        var classes = (await structure.ClassesAsync(schoolYearId, ct)).ToDictionary(c => c.Id);
        var next = await NextYearAsync(successors, ct);
        var nextClasses = next is null ? [] : await structure.ClassesAsync(next.Id, ct);
        var decisions = await db.Set<YearEndDecision>().AsNoTracking().Where(d => d.SchoolYearId == schoolYearId)
            .ToDictionaryAsync(d => d.StudentId, d => d.Outcome, ct);
        var students = await db.Set<Student>()
            .Where(s => s.SchoolId == year.SchoolId && s.Status == StudentStatus.Studying
                && s.Placements.Any(p => p.SchoolYearId == schoolYearId && p.To == null))
            .Include(s => s.Enrolments).Include(s => s.Placements).AsSplitQuery()
            .OrderBy(s => s.SortKey).ToListAsync(ct);
        var (promoted, repeated, graduated, done) = (0, 0, 0, 0);
        List<RollOverStudent> undecided = [], unplaced = [];
        var moved = new List<object>(); // every student changed, for the audit entry
        foreach (var student in students)
        {
            var from = classes.GetValueOrDefault(student.OpenPlacementIn(schoolYearId)!.ClassId);
            var row = (string reason) => new RollOverStudent(student.Id, student.FullName, from?.Name ?? "?", reason);
            if (!decisions.TryGetValue(student.Id, out var outcome))
            {
                undecided.Add(row("Chưa có quyết định lên lớp, ở lại lớp hay hoàn thành chương trình."));
                continue;
            }
            if (outcome == YearEndOutcome.Graduate)
            {
                student.Leave(year.Term2End, LeaveReason.Graduated);
                moved.Add(new { student.Id, Outcome = outcome });
                graduated++;
                continue;
            }
            if (next is not null && student.OpenPlacementIn(next.Id) is not null)
            {
                done++;
                continue;
            }
            var target = outcome == YearEndOutcome.Promote
                ? (from is not null && successors.TryGetValue(from.Id, out var successor) ? successor : (Guid?)null)
                : nextClasses.FirstOrDefault(c => c.Name == from?.Name)?.Id;
            if (next is null || target is not { } classId)
            {
                unplaced.Add(row(outcome == YearEndOutcome.Promote
                    ? $"Lớp {from?.Name} không có lớp kế tiếp (lớp cuối cấp?): hãy chọn hoàn thành chương trình."
                    : $"Năm học sau chưa có lớp {from?.Name} để học sinh ở lại lớp."));
                continue;
            }
            db.Add(student.Place(next.Id, classId, next.Term1Start));
            moved.Add(new { student.Id, Outcome = outcome, ClassId = classId });
            if (outcome == YearEndOutcome.Promote)
            {
                promoted++;
            }
            else
            {
                repeated++;
            }
        }
        var summary = new RollOverSummary(next?.Id, promoted, repeated, graduated, done, undecided, unplaced);
        audit.Record(new AuditChange("school-year.roll-over", "SchoolYear", schoolYearId.ToString(), null,
            new { summary.NextSchoolYearId, promoted, repeated, graduated, done, Undecided = undecided.Count, Unplaced = unplaced.Count, Students = moved },
            SchoolId: year.SchoolId));
        if (await db.SaveOrRefuseAsync(ct) is { } stale)
        {
            return stale;
        }
        await tx.CommitAsync(ct);
        return summary;
    }

    /// <summary>The year the successor classes belong to; none when the school has only top-grade classes.</summary>
    private async Task<SchoolYearRef?> NextYearAsync(IReadOnlyDictionary<Guid, Guid> successors, CancellationToken ct)
    {
        foreach (var classId in successors.Values)
        {
            if (await structure.ClassAsync(classId, ct) is { } cls)
            {
                return await structure.YearAsync(cls.SchoolYearId, ct);
            }
        }
        return null;
    }
}
