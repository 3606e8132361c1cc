using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.Organization.ViewSchools;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Modules.Organization.ManageSchools;

/// <param name="Version">The version read with the school; a stale one is refused (409), nothing is overwritten.</param>
public sealed record EditSchoolRequest(
    string Name, SchoolLevel Level, SchoolOwnership Ownership, string? Address, Guid Version,
    int? LowestGrade = null, int? HighestGrade = null, string? Phone = null, string? Email = null);

/// <summary>Changes a school's particulars. Its code stays: the Sở and the Bộ know the school by it.</summary>
public sealed class EditSchool(AppDbContext db, AuditLog audit, IMemoryCache cache, FindSchools schools)
{
    public const string StaleMessage = "Thông tin trường vừa được người khác thay đổi. Hãy tải lại trang để xem bản mới rồi sửa lại.";

    public async Task<Outcome<SchoolDto>?> HandleAsync(Guid id, EditSchoolRequest request, CancellationToken ct = default)
    {
        var unit = await db.Set<OrgUnit>().SingleOrDefaultAsync(u => u.Id == id && u.Kind == OrgUnitKind.School, ct);
        var school = await db.Set<School>().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (unit is null || school is null)
        {
            return null;
        }
        if (school.Version != request.Version)
        {
            return Outcome.Stale<SchoolDto>(StaleMessage);
        }
        var errors = new Dictionary<string, string[]>();
        var name = errors.Text("name", request.Name, 200, "Tên trường phải có từ 1 đến 200 ký tự.");
        var p = new SchoolParticulars(request.Level, request.Ownership, request.Address,
            request.LowestGrade, request.HighestGrade, request.Phone, request.Email).Checked(errors);
        if (errors.Count == 0 && await GradesInUseOutsideAsync(id, p.Lowest, p.Highest, ct) is { } used)
        {
            errors.Add("highestGrade", $"Trường đang có lớp khối {used}; không thu hẹp khối lớp ra ngoài khối này được.");
        }
        if (errors.Count > 0)
        {
            return Outcome.Invalid<SchoolDto>(errors);
        }
        var before = new { unit.Name, school.Level, school.Ownership, school.LowestGrade, school.HighestGrade, school.Address, school.Phone, school.Email };
        await SchoolGrades.ChangeAsync(db, school, p.Lowest, p.Highest, ct);
        (unit.Name, unit.NameSearch) = (name, VietnameseText.Fold(name));
        (school.Level, school.Ownership, school.Address, school.Phone, school.Email) = (p.Level, p.Ownership, p.Address ?? "", p.Phone, p.Email);
        school.Version = Guid.NewGuid();
        audit.Record(new AuditChange("school.edit", "School", id.ToString(), before,
            new { unit.Name, school.Level, school.Ownership, school.LowestGrade, school.HighestGrade, school.Address, school.Phone, school.Email }, SchoolId: id));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Stale<SchoolDto>(StaleMessage);
        }
        OrgDirectory.Forget(cache, id);
        return Outcome.Ok((await schools.FindAsync(id, ct))!);
    }

    private async Task<int?> GradesInUseOutsideAsync(Guid schoolId, int lowest, int highest, CancellationToken ct) =>
        await db.Set<SchoolClass>().Where(c => c.SchoolId == schoolId && (c.Grade < lowest || c.Grade > highest))
            .OrderBy(c => c.Grade).Select(c => (int?)c.Grade).FirstOrDefaultAsync(ct);
}
