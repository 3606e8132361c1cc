using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.HomeroomResults;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.ProvinceSettings;

/// <summary>The choices as the API reads and writes them: enum names, as GradingSettings has them; a missing one keeps the default.</summary>
public sealed record SettingsInput(string? YearAverageFrom = null, string? AdjustTo = null, bool? CommentSubjectCanTriggerAdjustment = null,
    string? WhenConductAndLearningChuaDat = null, bool? AwardTitles = null, int? MaxAbsences = null);

public sealed record ProvinceSettingsView(Guid ProvinceId, string ProvinceName, GradingSettings Settings, bool IsDefault, DateTime? UpdatedAt, bool CanChange);

/// <summary>
/// A Sở's choices on the points the regulation leaves open (grading-rules.md §6): read by whoever
/// reads the province's sổ điểm, changed by the Sở officer (gradebook.settings); audited. Every
/// school of the province computes with them from then on.
/// </summary>
public sealed class ProvinceSettingsHandler(IOrgDirectory directory, IAccessPolicy access, GradingSettingsStore store, GradingSettingsCache cache, AppDbContext db,
    AuditLog audit, TimeProvider clock)
{
    public async Task<GradebookOutcome<ProvinceSettingsView>> ReadAsync(ClaimsPrincipal user, Guid provinceId, CancellationToken ct = default)
    {
        var (province, canChange, refused) = await FindAsync(user, provinceId, ct);
        if (refused is not null)
        {
            return refused;
        }
        var row = await db.Set<ProvinceGradingSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.ProvinceId == provinceId, ct);
        return new ProvinceSettingsView(provinceId, province!.Name, await store.ForProvinceAsync(provinceId, ct), row is null, row?.UpdatedAt, canChange);
    }

    public async Task<GradebookOutcome<ProvinceSettingsView>> ChangeAsync(ClaimsPrincipal user, Guid provinceId, SettingsInput input, CancellationToken ct = default)
    {
        var (_, canChange, refused) = await FindAsync(user, provinceId, ct);
        if (refused is not null)
        {
            return refused;
        }
        if (!canChange)
        {
            return GradebookRefusal.Forbidden("Chỉ cán bộ Sở GD&ĐT phụ trách được thay đổi cách tính điểm của tỉnh.");
        }
        var errors = new Dictionary<string, string>();
        var settings = new GradingSettings
        {
            YearAverageFrom = Parse(input.YearAverageFrom, GradingSettings.Default.YearAverageFrom, "yearAverageFrom", errors),
            AdjustTo = Parse(input.AdjustTo, GradingSettings.Default.AdjustTo, "adjustTo", errors),
            CommentSubjectCanTriggerAdjustment = input.CommentSubjectCanTriggerAdjustment ?? GradingSettings.Default.CommentSubjectCanTriggerAdjustment,
            WhenConductAndLearningChuaDat = Parse(input.WhenConductAndLearningChuaDat, GradingSettings.Default.WhenConductAndLearningChuaDat, "whenConductAndLearningChuaDat", errors),
            AwardTitles = input.AwardTitles ?? GradingSettings.Default.AwardTitles,
            MaxAbsences = input.MaxAbsences ?? GradingSettings.Default.MaxAbsences,
        };
        if (settings.MaxAbsences is < 0 or > 365)
        {
            errors["maxAbsences"] = "Số buổi nghỉ tối đa phải từ 0 đến 365.";
        }
        if (errors.Count > 0)
        {
            return GradebookRefusal.Invalid(errors);
        }
        var row = await db.Set<ProvinceGradingSettings>().SingleOrDefaultAsync(s => s.ProvinceId == provinceId, ct);
        var before = row?.Settings;
        if (row is null)
        {
            row = new ProvinceGradingSettings { ProvinceId = provinceId };
            db.Add(row);
        }
        (row.Settings, row.UpdatedAt, row.UpdatedBy) = (JsonSerializer.Serialize(settings, GradingSettingsStore.Json), clock.GetUtcNow().UtcDateTime, HomeroomGate.UserId(user));
        audit.Record(new AuditChange("gradebook.settings", "gradebook.province-settings", provinceId.ToString(), before, row.Settings));
        await db.SaveChangesAsync(ct);
        cache.Forget();
        return await ReadAsync(user, provinceId, ct);
    }

    private static T Parse<T>(string? text, T fallback, string field, Dictionary<string, string> errors) where T : struct, Enum
    {
        if (text is null)
        {
            return fallback;
        }
        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }
        errors[field] = $"Giá trị phải là một trong: {string.Join(", ", Enum.GetNames<T>())}.";
        return fallback;
    }

    private async Task<(OrgUnitRef? Province, bool CanChange, GradebookRefusal? Refused)> FindAsync(ClaimsPrincipal user, Guid provinceId, CancellationToken ct)
    {
        var province = await directory.FindAsync(provinceId, ct);
        if (province is not { Kind: OrgUnitKind.Province })
        {
            return (null, false, GradebookRefusal.NotFound("tỉnh này"));
        }
        var canChange = await access.CanAsync(user, Permissions.ManageGradingSettings, provinceId, ct);
        return canChange || await access.CanAsync(user, Permissions.ViewGradebook, provinceId, ct)
            ? (province, canChange, null)
            : (null, false, GradebookRefusal.NotFound("tỉnh này"));
    }
}
