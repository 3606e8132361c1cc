using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Organization.ManageClasses;

/// <summary>What creating and editing a class both check.</summary>
internal static class ClassRules
{
    public const string ClosedYear = "Năm học đã kết thúc; không thêm hay sửa lớp của năm học này được.";

    public static (string Name, string? Room) Check(Dictionary<string, string[]> errors, int grade, string? name, string? room)
    {
        var trimmed = errors.Text("name", name, 20, "Tên lớp phải có từ 1 đến 20 ký tự, ví dụ 7A1.");
        // "7A1" is in grade 7: a leading number that is not the grade is a typing slip.
        if (trimmed.Length > 0 && ClassNames.LeadingNumber(trimmed) is { } n && n != grade)
        {
            errors.Add("name", $"Tên lớp {trimmed} bắt đầu bằng {n} nhưng lớp thuộc khối {grade}.");
        }
        var roomText = errors.Text("room", room, 40, "Phòng học dài tối đa 40 ký tự.", required: false);
        return (trimmed, roomText.Length == 0 ? null : roomText);
    }

    /// <summary>Names are unique within a year, whatever their case ("7a1" is 7A1).</summary>
    public static async Task CheckUniqueAsync(AppDbContext db, Dictionary<string, string[]> errors, Guid yearId, string name, Guid? except, CancellationToken ct)
    {
        var upper = name.ToUpperInvariant();
        if (!errors.ContainsKey("name") && await db.Set<SchoolClass>()
                .AnyAsync(c => c.SchoolYearId == yearId && c.Name.ToUpper() == upper && c.Id != except, ct))
        {
            errors.Add("name", $"Năm học này đã có lớp {name}.");
        }
    }
}
