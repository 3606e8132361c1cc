using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.LockTerms;

/// <summary>Chưa nhập, đang nhập, đã hoàn thành: the state of one page of the sổ điểm.</summary>
public enum SheetState { Empty, Entering, Complete }

/// <param name="SubjectId">Null for the GVCN's homeroom sheet (conduct and the class's results).</param>
public sealed record SheetStateRow(Guid ClassId, string ClassName, Guid? SubjectId, string SubjectName, SheetState State, bool Reopened);

public sealed record PeriodSheets(string Period, bool Locked, DateTime? LockedAt, IReadOnlyList<SheetStateRow> Sheets)
{
    public int Incomplete => Sheets.Count(s => s.State != SheetState.Complete);
}

/// <summary>
/// Every class × subject sheet and homeroom sheet of a school year with its state, per period:
/// what the principal checks before locking. The year has only the homeroom sheets (its subject
/// results follow from the terms').
/// </summary>
public sealed class SheetStates(AppDbContext db, ISchoolStructure structure)
{
    public static readonly GradingPeriod[] Periods = [GradingPeriod.Hk1, GradingPeriod.Hk2, GradingPeriod.Year];

    public async Task<IReadOnlyList<PeriodSheets>> ForYearAsync(SchoolYearRef year, CancellationToken ct = default)
    {
        var classes = await structure.ClassesAsync(year.Id, ct);
        var subjects = await structure.SubjectsAsync(year.SchoolId, ct);
        var sheets = (await db.Set<Sheet>().AsNoTracking().Where(s => s.SchoolYearId == year.Id).ToListAsync(ct))
            .ToDictionary(s => (s.ClassId, s.SubjectId, s.Period));
        var marked = (await db.Set<MarkRow>().AsNoTracking().Where(m => m.SchoolYearId == year.Id)
            .Select(m => new { m.ClassId, m.SubjectId, m.Term }).Distinct().ToListAsync(ct))
            .Select(m => (m.ClassId, (Guid?)m.SubjectId, (GradingPeriod)m.Term)).ToHashSet();
        var homeroom = (await db.Set<StudentResult>().AsNoTracking().Where(r => r.SchoolYearId == year.Id)
            .Select(r => new { r.ClassId, r.Period }).Distinct().ToListAsync(ct))
            .Select(r => (r.ClassId, (Guid?)null, r.Period)).ToHashSet();
        var locks = await db.Set<TermLock>().AsNoTracking().Where(l => l.SchoolYearId == year.Id).ToDictionaryAsync(l => l.Period, ct);
        return [.. Periods.Select(period => new PeriodSheets(Evaluation.ResultCodes.Of(period), locks.ContainsKey(period), locks.GetValueOrDefault(period)?.LockedAt,
            [.. from c in classes
                from s in (period == GradingPeriod.Year ? [] : subjects.Where(x => x.PeriodsByGrade.ContainsKey(c.Grade))).Select(x => ((Guid?)x.Id, x.Name)).Append((null, "Chủ nhiệm"))
                let key = (c.Id, s.Item1, period)
                let sheet = sheets.GetValueOrDefault(key)
                select new SheetStateRow(c.Id, c.Name, s.Item1, s.Item2,
                    sheet?.CompletedAt is not null ? SheetState.Complete : sheet is not null || marked.Contains(key) || homeroom.Contains(key) ? SheetState.Entering : SheetState.Empty,
                    sheet?.ReopenedBy is not null)]))];
    }
}
