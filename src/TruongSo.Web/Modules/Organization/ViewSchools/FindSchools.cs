using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Text;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.Organization.ViewSchools;

public sealed record SchoolFilter(Guid? ProvinceId = null, string? Q = null, SchoolLevel? Level = null);

/// <summary>Schools within an access scope (IAccessPolicy.ScopeAsync), searched without diacritics.</summary>
public sealed class FindSchools(AppDbContext db, IOrgDirectory org)
{
    public async Task<Paged<SchoolDto>> ListAsync(OrgScope scope, SchoolFilter filter, PageQuery page, CancellationToken ct = default)
    {
        var visible = org.UnitIdsIn(scope);
        var rows = SchoolRows.Query(db).Where(r => visible.Contains(r.Id));
        if (filter.ProvinceId is { } province)
        {
            rows = rows.Where(r => r.ProvinceId == province);
        }
        if (filter.Level is { } level)
        {
            rows = rows.Where(r => r.Level == level);
        }
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            // "nguyen trai" finds "Trường THCS Nguyễn Trãi"; a code is found as typed, in any case.
            var folded = VietnameseText.Fold(filter.Q);
            var code = filter.Q.Trim().ToUpperInvariant();
            rows = rows.Where(r => r.NameSearch.Contains(folded) || r.Code.ToUpper().Contains(code));
        }
        var paged = await rows.OrderBy(r => r.NameSearch).ThenBy(r => r.Code).ToPageAsync(page, ct);
        return new Paged<SchoolDto>([.. paged.Items.Select(r => r.ToDto())], paged.Page, paged.PageSize, paged.TotalCount);
    }

    /// <summary>One school; the caller has already asked IAccessPolicy whether the user may see it.</summary>
    public async Task<SchoolDto?> FindAsync(Guid id, CancellationToken ct = default) =>
        (await SchoolRows.Query(db).SingleOrDefaultAsync(r => r.Id == id, ct))?.ToDto();
}
