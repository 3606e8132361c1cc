using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Text;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.People.GuardianList;

public sealed record GuardianChild(Guid StudentId, string FullName, string Relation, string RelationName, bool IsPrimaryContact);

/// <param name="Children">Only the children the caller may see: a school never learns of a sibling elsewhere.</param>
public sealed record GuardianItem(Guid Id, string FullName, string Phone, string? Email, string? Occupation, string? Address,
    Guid Version, IReadOnlyList<GuardianChild> Children);

/// <summary>Cha mẹ, người giám hộ of the students the caller may see.</summary>
public sealed class FindGuardians(AppDbContext db, StudentAccess access)
{
    public async Task<Paged<GuardianItem>> HandleAsync(ClaimsPrincipal user, Guid? studentId, string? q, PageQuery page, CancellationToken ct = default)
    {
        var guardians = await access.VisibleGuardiansAsync(user, ct);
        if (studentId is { } sid)
        {
            guardians = guardians.Where(g => db.Set<StudentGuardian>().Any(l => l.GuardianId == g.Id && l.StudentId == sid));
        }
        if (VietnameseText.Fold(q) is { Length: > 0 } term)
        {
            var digits = StudentValidation.NormalizePhone(q);
            var pattern = $"%{term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            guardians = guardians.Where(g => EF.Functions.Like(g.NameSearch, pattern, "\\") || g.Phone == digits);
        }
        // Guardians carry no stored Vietnamese sort key (people_guardians has none); folded names keep the order stable.
        var rows = await guardians.OrderBy(g => g.NameSearch).ThenBy(g => g.Id).ToPageAsync(page, ct);
        var children = await ChildrenAsync(user, rows.Items.Select(g => g.Id).ToArray(), ct);
        return new Paged<GuardianItem>([.. rows.Items.Select(g => new GuardianItem(g.Id, g.FullName, g.Phone, g.Email, g.Occupation, g.Address,
            g.Version, children.GetValueOrDefault(g.Id, [])))], rows.Page, rows.PageSize, rows.TotalCount);
    }

    public async Task<GuardianItem?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var g = await (await access.VisibleGuardiansAsync(user, ct)).SingleOrDefaultAsync(g => g.Id == id, ct);
        return g is null ? null : new GuardianItem(g.Id, g.FullName, g.Phone, g.Email, g.Occupation, g.Address, g.Version,
            (await ChildrenAsync(user, [id], ct)).GetValueOrDefault(id, []));
    }

    private async Task<Dictionary<Guid, List<GuardianChild>>> ChildrenAsync(ClaimsPrincipal user, Guid[] guardianIds, CancellationToken ct)
    {
        var visible = await access.VisibleAsync(user, ct);
        var rows = await db.Set<StudentGuardian>().AsNoTracking().Where(l => guardianIds.Contains(l.GuardianId))
            .Join(visible, l => l.StudentId, s => s.Id, (l, s) => new { l.GuardianId, s.Id, s.FullName, s.SortKey, l.Relation, l.IsPrimaryContact })
            .OrderBy(x => x.SortKey).ToListAsync(ct);
        return rows.GroupBy(r => r.GuardianId).ToDictionary(g => g.Key,
            g => g.Select(r => new GuardianChild(r.Id, r.FullName, r.Relation, GuardianRelations.Name(r.Relation), r.IsPrimaryContact)).ToList());
    }
}
