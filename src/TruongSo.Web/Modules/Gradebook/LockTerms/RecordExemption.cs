using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Modules.Gradebook.HomeroomResults;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.LockTerms;

/// <param name="Kind">Exempt (miễn) or IndividualPlan (đánh giá theo kế hoạch giáo dục cá nhân).</param>
public sealed record ExemptionInput(Guid ClassId, Guid StudentId, Guid SubjectId, string? Period, string? Reason, string? Kind = null);

public sealed record ExemptionDto(Guid Id, Guid StudentId, Guid SubjectId, string Period, string Kind, string Reason, DateTime DecidedAt);

/// <summary>
/// TT22 Điều 10–11: the principal exempts a student from a subject (or its practical part) for a
/// term or the year, on a documented reason; the exempt subject is left out of the results.
/// </summary>
public sealed class RecordExemption(ISchoolStructure structure, PrincipalGate principal, IClassRosters rosters, AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<GradebookOutcome<ExemptionDto>> AddAsync(ClaimsPrincipal user, ExemptionInput input, CancellationToken ct = default)
    {
        if (await structure.ClassAsync(input.ClassId, ct) is not { } cls)
        {
            return GradebookRefusal.NotFound(HomeroomGate.ClassNotFound);
        }
        if (await principal.RefusalAsync(user, cls.SchoolId, HomeroomGate.ClassNotFound, ct) is { } refused)
        {
            return refused;
        }
        var errors = new Dictionary<string, string>();
        var year = await structure.YearAsync(cls.SchoolYearId, ct);
        if (year is null || !(await rosters.ForClassAsync(cls.Id, ct)).Any(r => r.StudentId == input.StudentId && r.StaysToYearEnd(year)))
        {
            errors["studentId"] = "Học sinh không học lớp này.";
        }
        if (await structure.SubjectAsync(input.SubjectId, ct) is not { } subject || subject.SchoolId != cls.SchoolId || !subject.PeriodsByGrade.ContainsKey(cls.Grade))
        {
            errors["subjectId"] = "Môn học không dạy ở lớp này.";
        }
        var period = ResultCodes.Period(input.Period);
        if (period is null)
        {
            errors["period"] = "Kì phải là hk1, hk2 hoặc year.";
        }
        if (!Enum.TryParse<ExemptionKind>(input.Kind ?? nameof(ExemptionKind.Exempt), out var kind) || !Enum.IsDefined(kind))
        {
            errors["kind"] = "Loại phải là Exempt (miễn) hoặc IndividualPlan (theo kế hoạch giáo dục cá nhân).";
        }
        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Trim().Length > 500)
        {
            errors["reason"] = "Hãy ghi lí do miễn (hồ sơ, đơn đề nghị; tối đa 500 kí tự).";
        }
        if (errors.Count > 0)
        {
            return GradebookRefusal.Invalid(errors);
        }
        if (await db.Set<Exemption>().AnyAsync(e => e.StudentId == input.StudentId && e.SubjectId == input.SubjectId && e.SchoolYearId == cls.SchoolYearId && e.Period == period, ct))
        {
            return GradebookRefusal.Conflict("Học sinh đã được miễn môn này trong kì này.");
        }
        var row = new Exemption
        {
            SchoolId = cls.SchoolId, SchoolYearId = cls.SchoolYearId, StudentId = input.StudentId, SubjectId = input.SubjectId, Period = period!.Value,
            Kind = kind, Reason = input.Reason!.Trim(), DecidedAt = clock.GetUtcNow().UtcDateTime, DecidedBy = HomeroomGate.UserId(user) ?? Guid.Empty,
        };
        db.Add(row);
        audit.Record(new AuditChange("gradebook.exemption", "gradebook.exemption", row.Id.ToString(), null,
            new { row.StudentId, row.SubjectId, Period = ResultCodes.Of(row.Period), Kind = row.Kind.ToString() }, row.Reason, cls.SchoolId));
        await db.SaveChangesAsync(ct);
        return Dto(row);
    }

    public async Task<GradebookOutcome<ExemptionDto>> RemoveAsync(ClaimsPrincipal user, Guid id, string? reason, CancellationToken ct = default)
    {
        var row = await db.Set<Exemption>().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (row is null)
        {
            return GradebookRefusal.NotFound("quyết định miễn này");
        }
        if (await principal.RefusalAsync(user, row.SchoolId, "quyết định miễn này", ct) is { } refused)
        {
            return refused;
        }
        db.Remove(row);
        audit.Record(new AuditChange("gradebook.exemption-remove", "gradebook.exemption", row.Id.ToString(),
            new { row.StudentId, row.SubjectId, Period = ResultCodes.Of(row.Period), Kind = row.Kind.ToString(), row.Reason }, null, reason, row.SchoolId));
        await db.SaveChangesAsync(ct);
        return Dto(row);
    }

    private static ExemptionDto Dto(Exemption e) => new(e.Id, e.StudentId, e.SubjectId, ResultCodes.Of(e.Period), e.Kind.ToString(), e.Reason, e.DecidedAt);
}
