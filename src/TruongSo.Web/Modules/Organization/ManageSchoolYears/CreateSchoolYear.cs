using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Organization.ManageSchoolYears;

/// <param name="StartYear">2025 for "2025-2026".</param>
public sealed record CreateSchoolYearRequest(Guid SchoolId, int StartYear,
    DateOnly? Term1Start, DateOnly? Term1End, DateOnly? Term2Start, DateOnly? Term2End);

/// <summary>A school's new year with its two terms; it starts in preparation (Planning) until activated.</summary>
public sealed class CreateSchoolYear(AppDbContext db, AuditLog audit)
{
    public async Task<Outcome<SchoolYearDto>> HandleAsync(CreateSchoolYearRequest request, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (!await db.Set<School>().AnyAsync(s => s.Id == request.SchoolId, ct))
        {
            return Outcome.Invalid<SchoolYearDto>("schoolId", "Không tìm thấy trường này.");
        }
        var dates = SchoolYearDates.Check(errors, request.StartYear, request.Term1Start, request.Term1End, request.Term2Start, request.Term2End);
        if (errors.Count == 0 && await db.Set<SchoolYear>().AnyAsync(y => y.SchoolId == request.SchoolId && y.StartYear == request.StartYear, ct))
        {
            errors.Add("startYear", $"Trường đã có năm học {SchoolYear.NameFor(request.StartYear)}.");
        }
        if (dates is null || errors.Count > 0)
        {
            return Outcome.Invalid<SchoolYearDto>(errors);
        }
        var year = Add(db, request.SchoolId, request.StartYear, dates);
        audit.Record(new AuditChange("school-year.create", "SchoolYear", year.Id.ToString(), null, SchoolYearDto.From(year), SchoolId: year.SchoolId));
        await db.SaveChangesAsync(ct);
        return Outcome.Ok(SchoolYearDto.From(year));
    }

    internal static SchoolYear Add(AppDbContext db, Guid schoolId, int startYear, TermDates dates)
    {
        var year = new SchoolYear
        {
            SchoolId = schoolId,
            StartYear = startYear,
            Name = SchoolYear.NameFor(startYear),
            Term1Start = dates.Term1Start,
            Term1End = dates.Term1End,
            Term2Start = dates.Term2Start,
            Term2End = dates.Term2End,
            Status = SchoolYearStatus.Planning,
        };
        db.Add(year);
        return year;
    }
}
