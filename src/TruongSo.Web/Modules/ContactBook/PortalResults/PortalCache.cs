using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.ContactBook.PortalResults;

/// <summary>A child's results as answered: the view for the page, its JSON for the API, and the stamp it was read under.</summary>
public sealed record CachedResults(Guid SchoolId, Stamp Stamp, ChildResults? View, byte[] Json, string ETag)
{
    /// <summary>The page's HTML by UI culture, rendered on first use; it goes with the entry when the stamp moves.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> Pages { get; } = new(StringComparer.Ordinal);

    public static CachedResults Of(Guid schoolId, Stamp stamp, ChildResults? view, JsonSerializerOptions json)
    {
        var bytes = view is null ? [] : JsonSerializer.SerializeToUtf8Bytes(view, json);
        return new(schoolId, stamp, view, bytes, $"\"{Convert.ToHexString(SHA256.HashData(bytes), 0, 12)}\"");
    }
}

/// <summary>
/// The portal's own memory cache, bounded in size (the app's shared IMemoryCache has no limit):
/// a family's children per user, and a child's results per student × school year. Entries are
/// used only while their stamps match (SchoolStamps), and expire after a maximum age regardless.
/// </summary>
public sealed class PortalCache(PortalResultsOptions options) : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = options.CacheMegabytes * 1024L * 1024 });

    private sealed record Family(IReadOnlyList<ChildRef> Children, IReadOnlyDictionary<Guid, Stamp> Stamps);

    public async Task<IReadOnlyList<ChildRef>> ChildrenOfAsync(Guid userId, Func<IFamilyLinks> links, SchoolStamps stamps, CancellationToken ct)
    {
        var key = ("family", userId);
        if (cache.TryGetValue(key, out Family? known) && known is not null && await StillAsync(known.Stamps, stamps, ct))
        {
            return known.Children;
        }
        var children = await links().ChildrenOfAsync(userId, ct);
        var read = new Dictionary<Guid, Stamp>();
        foreach (var school in children.Select(c => c.SchoolId).Distinct())
        {
            read[school] = await stamps.OfAsync(school, ct);
        }
        cache.Set(key, new Family(children, read), new MemoryCacheEntryOptions
        {
            Size = 256 + (children.Count * 256),
            AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(options.FamilyMaxAgeSeconds),
        });
        return children;
    }

    public CachedResults? Results(Guid studentId, Guid? schoolYearId) =>
        cache.TryGetValue(("results", studentId, schoolYearId), out CachedResults? found) ? found : null;

    public void Store(Guid studentId, Guid? schoolYearId, CachedResults results) =>
        cache.Set(("results", studentId, schoolYearId), results, new MemoryCacheEntryOptions
        {
            // The view object weighs a few times its JSON.
            Size = 512 + (results.Json.Length * 4L),
            AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(options.ResultsMaxAgeSeconds),
        });

    private static async Task<bool> StillAsync(IReadOnlyDictionary<Guid, Stamp> known, SchoolStamps stamps, CancellationToken ct)
    {
        foreach (var (school, stamp) in known)
        {
            if (await stamps.OfAsync(school, ct) != stamp)
            {
                return false;
            }
        }
        return true;
    }

    public void Dispose() => cache.Dispose();
}
