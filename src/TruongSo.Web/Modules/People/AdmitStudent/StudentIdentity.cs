using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Modules.People.AdmitStudent;

/// <summary>
/// The two identifiers are unique across the whole sector (TT42/2021 Điều 10; grading-rules.md §3.4):
/// a code or personal ID already on file means this is a student we know.
/// </summary>
public sealed class StudentIdentity(AppDbContext db, IOrgDirectory org)
{
    /// <summary>
    /// For an admission: null for a new student; the profile to take up again for a student who has
    /// left their school; otherwise adds the reason to <paramref name="errors"/> under the field that matched.
    /// </summary>
    public async Task<Student?> ExistingForAdmissionAsync(StudentFields f, Guid schoolId, Dictionary<string, string> errors, CancellationToken ct)
    {
        var code = Blank(f.StudentCode);
        var personalId = Blank(f.PersonalId);
        var matches = await db.Set<Student>()
            .Where(s => (code != null && s.StudentCode == code) || (personalId != null && s.PersonalId == personalId))
            .Include(s => s.Enrolments).Include(s => s.Placements).AsSplitQuery().ToListAsync(ct);
        if (matches.Count == 0)
        {
            return null;
        }
        if (matches.Count > 1)
        {
            errors["personalId"] = $"Số định danh cá nhân {personalId} thuộc một học sinh khác với mã định danh {code}.";
            return null;
        }
        var known = matches[0];
        var field = known.StudentCode == code ? "studentCode" : "personalId";
        if (known.Status == StudentStatus.Studying)
        {
            errors[field] = known.SchoolId == schoolId
                ? $"{FieldName(field)} {(field == "studentCode" ? code : personalId)} đã có trong hồ sơ học sinh {known.FullName} của trường."
                : $"Học sinh đang học tại {(await org.FindAsync(known.SchoolId, ct))?.Name}; hãy làm thủ tục chuyển trường.";
            return null;
        }
        // Taking up a profile by its code alone would let anyone who guesses a code attach a stranger.
        if (known.NameSearch != VietnameseText.Fold(f.FullName) || known.DateOfBirth != f.DateOfBirth)
        {
            errors[field] = $"{FieldName(field)} này đã thuộc một học sinh khác (họ tên hoặc ngày sinh không khớp).";
            return null;
        }
        if (personalId is not null && known.PersonalId is not null && known.PersonalId != personalId)
        {
            errors["personalId"] = $"Hồ sơ mã {known.StudentCode} có số định danh cá nhân khác ({known.PersonalId}).";
            return null;
        }
        if (code is not null && known.StudentCode != code)
        {
            errors["studentCode"] = $"Học sinh có số định danh cá nhân này đã có mã định danh {known.StudentCode}; mã định danh không bao giờ thay đổi.";
            return null;
        }
        return known;
    }

    /// <summary>Another student (not <paramref name="except"/>) holding this personal ID, if any.</summary>
    public Task<bool> PersonalIdTakenAsync(string? personalId, Guid except, CancellationToken ct) =>
        Blank(personalId) is { } id ? db.Set<Student>().AnyAsync(s => s.PersonalId == id && s.Id != except, ct) : Task.FromResult(false);

    /// <summary>A fresh code with the school's province prefix, until the Ministry's database issues one.</summary>
    public async Task<string> NewCodeAsync(OrgUnitRef school, CancellationToken ct)
    {
        var province = school.ProvinceId is { } p ? (await org.FindAsync(p, ct))?.Code : null;
        while (true)
        {
            var code = StudentCodes.New(province ?? "00");
            if (!await db.Set<Student>().AnyAsync(s => s.StudentCode == code, ct))
            {
                return code;
            }
        }
    }

    public static string FieldName(string field) => field == "studentCode" ? "Mã định danh học sinh" : "Số định danh cá nhân";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
