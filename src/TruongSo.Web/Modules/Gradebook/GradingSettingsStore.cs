using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook;

/// <summary>
/// The grading settings that apply to a school: its province's choices on the open points of the
/// regulation (grading-rules.md §6), or the calculator contract's defaults where the Sở chose none.
/// A school's settings are read on every save of marks and change a few times a year: they are kept
/// for a minute (<see cref="GradingSettingsCache"/>), and forgotten at once when the Sở changes them here.
/// </summary>
public sealed class GradingSettingsStore(AppDbContext db, ISchoolStructure structure, GradingSettingsCache cache)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<GradingSettings> ForSchoolAsync(Guid schoolId, CancellationToken ct = default)
    {
        if (cache.Find(schoolId) is { } known)
        {
            return known;
        }
        var generation = cache.Generation;
        var settings = (await structure.SchoolAsync(schoolId, ct))?.ProvinceId is { } province ? await ForProvinceAsync(province, ct) : GradingSettings.Default;
        cache.Keep(schoolId, settings, generation);
        return settings;
    }

    public async Task<GradingSettings> ForProvinceAsync(Guid provinceId, CancellationToken ct = default)
    {
        var stored = await db.Set<ProvinceGradingSettings>().AsNoTracking()
            .Where(s => s.ProvinceId == provinceId).Select(s => s.Settings).SingleOrDefaultAsync(ct);
        return stored is null ? GradingSettings.Default : JsonSerializer.Deserialize<GradingSettings>(stored, Json) ?? GradingSettings.Default;
    }
}
