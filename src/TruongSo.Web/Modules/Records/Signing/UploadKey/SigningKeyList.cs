using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Records.Signing.Keys;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Records.Signing.UploadKey;

/// <summary>The keys a user may see: their own, and the seals of the schools where they may seal.</summary>
public sealed class SigningKeyList(AppDbContext db, KeyStore store, KeyAccess access)
{
    public async Task<IReadOnlyList<SigningKeyInfo>> ForUserAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var own = KeyAccess.UserId(user) is Guid me ? await store.ListAsync(me, null, SigningKeyKind.Personal, ct) : [];
        var schools = await db.Set<SigningKey>().AsNoTracking().Where(k => k.Kind == SigningKeyKind.Seal).Select(k => k.SchoolId!.Value).Distinct().ToListAsync(ct);
        var seals = new List<SigningKeyInfo>();
        foreach (var school in schools)
        {
            var keys = await store.ListAsync(null, school, SigningKeyKind.Seal, ct);
            if (keys.Count > 0 && await access.MayUseAsync(user, keys[0], ct))
            {
                seals.AddRange(keys);
            }
        }
        return [.. own, .. seals];
    }
}
