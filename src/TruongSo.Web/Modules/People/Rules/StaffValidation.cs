using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.People.Rules;

/// <summary>A staff record as entered on a form or sent to the API.</summary>
public sealed record StaffFields(
    string? StaffCode, string? FullName, DateOnly? DateOfBirth, Gender? Gender, string? PersonalId, string? Phone, string? Email,
    string? Position, string? Qualification, IReadOnlyList<string>? MainSubjects, string? Employment);

/// <summary>The rules every way in shares: one Vietnamese message per field, keyed by the API field name.</summary>
public static class StaffValidation
{
    /// <param name="subjectCodes">The school's subject codes; when it has none yet, any well-formed code is taken.</param>
    public static Dictionary<string, string> Check(StaffFields s, DateOnly today, IReadOnlyCollection<string> subjectCodes)
    {
        var errors = new Dictionary<string, string>();
        var name = s.FullName?.Trim() ?? "";
        if (name.Length is 0 or > 120 || name.Any(char.IsDigit))
        {
            errors["fullName"] = "Họ và tên phải có từ 1 đến 120 ký tự và không chứa chữ số.";
        }
        if (s.StaffCode is { Length: > 0 } code && (code.Trim().Length > 20 || !code.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.')))
        {
            errors["staffCode"] = "Mã cán bộ chỉ gồm chữ, số, dấu gạch, tối đa 20 ký tự.";
        }
        if (s.Gender is null)
        {
            errors["gender"] = "Thiếu giới tính (Nam hoặc Nữ).";
        }
        if (s.DateOfBirth is { } dob && (dob > today.AddYears(-18) || dob < today.AddYears(-75)))
        {
            errors["dateOfBirth"] = $"Ngày sinh {dob:dd/MM/yyyy} không phù hợp với tuổi lao động.";
        }
        if (s.DateOfBirth is { } d && s.Gender is { } g && PersonalIdNumber.Check(s.PersonalId, d, g) is { } idProblem)
        {
            errors["personalId"] = idProblem;
        }
        else if (s.PersonalId is { Length: > 0 } pid && (pid.Length != 12 || !pid.All(char.IsAsciiDigit)))
        {
            errors["personalId"] = "Số định danh cá nhân phải gồm đúng 12 chữ số.";
        }
        if (!string.IsNullOrWhiteSpace(s.Phone) && StudentValidation.NormalizePhone(s.Phone) is null)
        {
            errors["phone"] = "Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0.";
        }
        if (!string.IsNullOrWhiteSpace(s.Email) && (s.Email.Trim().Length > 200 || !s.Email.Contains('@', StringComparison.Ordinal)))
        {
            errors["email"] = "Địa chỉ email không hợp lệ.";
        }
        Listed(errors, "position", s.Position, StaffCodes.Positions, required: true, "Vị trí việc làm");
        Listed(errors, "qualification", s.Qualification, StaffCodes.Qualifications, required: false, "Trình độ đào tạo");
        Listed(errors, "employment", s.Employment, StaffCodes.Employments, required: false, "Hình thức tuyển dụng");
        var subjects = Subjects(s.MainSubjects);
        var unknown = subjects.Where(c => subjectCodes.Count > 0 ? !subjectCodes.Contains(c) : !c.All(char.IsAsciiLetterOrDigit)).ToList();
        if (unknown.Count > 0)
        {
            errors["mainSubjects"] = $"Mã môn không có trong danh mục môn học của trường: {string.Join(", ", unknown)}.";
        }
        else if (string.Join(',', subjects).Length > 120)
        {
            errors["mainSubjects"] = "Danh sách môn dạy chính quá dài.";
        }
        return errors;
    }

    /// <summary>Subject codes as stored: trimmed, upper case, without repeats.</summary>
    public static List<string> Subjects(IEnumerable<string>? codes) =>
        [.. (codes ?? []).SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(c => c.ToUpperInvariant()).Distinct()];

    private static void Listed(Dictionary<string, string> errors, string field, string? value, IReadOnlyDictionary<string, string> list, bool required, string label)
    {
        if (string.IsNullOrEmpty(value) ? required : !list.ContainsKey(value))
        {
            errors[field] = $"{label} phải là một trong: {string.Join(", ", list.Keys)}.";
        }
    }
}
