using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Teaching.Contracts;

namespace TruongSo.Web.Modules.Gradebook.ExportMarks;

/// <summary>The lines above a printed sổ điểm page: the Sở, the school, and the teacher of the page.</summary>
public sealed class ClassHeading(ISchoolStructure structure, IOrgDirectory orgs, ITeachingAssignments assignments, IStaffDirectory staff)
{
    /// <summary>"SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI" and "TRƯỜNG THCS NGUYỄN TRÃI".</summary>
    public async Task<(string Department, string School)> SchoolLinesAsync(Guid schoolId, CancellationToken ct)
    {
        var school = await structure.SchoolAsync(schoolId, ct);
        var province = school?.ProvinceId is { } p ? await orgs.FindAsync(p, ct) : null;
        var place = province?.Name is { } name ? " " + StripKind(name) : "";
        return (("Sở Giáo dục và Đào tạo" + place).ToUpperInvariant(), (school?.Name ?? "").ToUpperInvariant());
    }

    /// <summary>The teacher assigned to the class × subject × term (null subject: the homeroom teacher), or "".</summary>
    public async Task<string> TeacherAsync(Guid classId, Guid? subjectId, int term, CancellationToken ct)
    {
        var assignment = (await assignments.ForClassAsync(classId, ct))
            .FirstOrDefault(a => subjectId is null ? a.IsHomeroom : a.SubjectId == subjectId && a.Term == term);
        return assignment is null ? "" : (await staff.FindAsync(assignment.StaffId, ct))?.FullName ?? "";
    }

    private static string StripKind(string province)
    {
        foreach (var kind in new[] { "Thành phố ", "Tỉnh " })
        {
            if (province.StartsWith(kind, StringComparison.Ordinal))
            {
                return province[kind.Length..];
            }
        }
        return province;
    }
}
