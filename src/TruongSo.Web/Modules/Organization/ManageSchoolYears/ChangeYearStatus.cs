using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Organization.ManageSchoolYears;

/// <summary>
/// Activating a year makes it the school's current one; the year active before it is closed, so
/// that a school has one active year at a time. Both are idempotent.
/// </summary>
public sealed class ChangeYearStatus(AppDbContext db, AuditLog audit)
{
    public const string StaleMessage = "Năm học vừa được người khác thay đổi. Hãy tải lại trang rồi thử lại.";

    public async Task<Outcome<SchoolYearDto>?> ActivateAsync(Guid id, CancellationToken ct = default)
    {
        var year = await db.Set<SchoolYear>().SingleOrDefaultAsync(y => y.Id == id, ct);
        if (year is null || year.Status == SchoolYearStatus.Active)
        {
            return year is null ? null : Outcome.Ok(SchoolYearDto.From(year));
        }
        var active = await db.Set<SchoolYear>().Where(y => y.SchoolId == year.SchoolId && y.Status == SchoolYearStatus.Active).ToListAsync(ct);
        if (active.FirstOrDefault(a => a.StartYear > year.StartYear) is { } newer)
        {
            return Outcome.Invalid<SchoolYearDto>("status", $"Năm học {newer.Name} đang diễn ra; không kích hoạt lại năm học cũ hơn được.");
        }
        foreach (var previous in active)
        {
            Set(previous, SchoolYearStatus.Closed, "school-year.close");
        }
        Set(year, SchoolYearStatus.Active, "school-year.activate");
        return await SaveAsync(year, ct);
    }

    public async Task<Outcome<SchoolYearDto>?> CloseAsync(Guid id, CancellationToken ct = default)
    {
        var year = await db.Set<SchoolYear>().SingleOrDefaultAsync(y => y.Id == id, ct);
        if (year is null || year.Status == SchoolYearStatus.Closed)
        {
            return year is null ? null : Outcome.Ok(SchoolYearDto.From(year));
        }
        Set(year, SchoolYearStatus.Closed, "school-year.close");
        return await SaveAsync(year, ct);
    }

    private void Set(SchoolYear year, SchoolYearStatus status, string action)
    {
        audit.Record(new AuditChange(action, "SchoolYear", year.Id.ToString(), new { year.Name, year.Status }, new { year.Name, Status = status }, SchoolId: year.SchoolId));
        year.Status = status;
        year.Version = Guid.NewGuid();
    }

    private async Task<Outcome<SchoolYearDto>> SaveAsync(SchoolYear year, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Ok(SchoolYearDto.From(year));
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Stale<SchoolYearDto>(StaleMessage);
        }
    }
}
