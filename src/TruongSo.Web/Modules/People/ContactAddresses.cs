using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People;

internal sealed class ContactAddresses(AppDbContext db) : IContactAddresses
{
    public async Task<ContactAddress> ForUserAsync(Guid userId, CancellationToken ct = default)
    {
        var guardian = await db.Set<Guardian>().AsNoTracking().Where(g => g.UserId == userId)
            .Select(g => new ContactAddress(g.Email, g.Phone)).FirstOrDefaultAsync(ct);
        if (guardian is not null)
        {
            return guardian;
        }
        // A teacher who moved school has a staff record in each; the newest holds today's addresses.
        return await db.Set<StaffMember>().AsNoTracking().Where(s => s.UserId == userId).OrderByDescending(s => s.CreatedAt)
            .Select(s => new ContactAddress(s.Email, s.Phone)).FirstOrDefaultAsync(ct) ?? new ContactAddress(null, null);
    }
}
