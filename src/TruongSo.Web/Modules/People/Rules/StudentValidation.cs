using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.People.Rules;

/// <summary>A student's particulars as entered on a form, sent to the API, or read from an import row.</summary>
public sealed record StudentFields(
    string? StudentCode, string? PersonalId, string FullName, DateOnly? DateOfBirth, Gender? Gender,
    string? Ethnicity, string? PlaceOfBirth, string? Address, string? SpecialNeeds, string? Exemptions);

/// <summary>
/// The rules every way in shares (form, API, xlsx import): one Vietnamese message per field, keyed
/// by the API field name. Uniqueness against the database is the caller's check.
/// </summary>
public static class StudentValidation
{
    public static Dictionary<string, string> Check(StudentFields s, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        var name = s.FullName?.Trim() ?? "";
        if (name.Length is 0 or > 120)
        {
            errors["fullName"] = "Họ và tên phải có từ 1 đến 120 ký tự.";
        }
        else if (name.Any(char.IsDigit))
        {
            errors["fullName"] = "Họ và tên không được chứa chữ số.";
        }
        if (s.DateOfBirth is not { } dob)
        {
            errors["dateOfBirth"] = "Thiếu ngày sinh (dd/MM/yyyy).";
        }
        else if (dob > today)
        {
            errors["dateOfBirth"] = $"Ngày sinh {dob:dd/MM/yyyy} ở tương lai.";
        }
        else if (dob < today.AddYears(-30) || dob > today.AddYears(-4))
        {
            errors["dateOfBirth"] = $"Ngày sinh {dob:dd/MM/yyyy} không phù hợp với tuổi học sinh phổ thông.";
        }
        if (s.Gender is null)
        {
            errors["gender"] = "Thiếu giới tính (Nam hoặc Nữ).";
        }
        if (Ethnicities.Find(s.Ethnicity ?? "Kinh") is null)
        {
            errors["ethnicity"] = $"Dân tộc '{s.Ethnicity}' không có trong danh mục 54 dân tộc.";
        }
        if (!string.IsNullOrEmpty(s.StudentCode) && !StudentCodes.IsWellFormed(s.StudentCode))
        {
            errors["studentCode"] = "Mã định danh học sinh chỉ gồm chữ và số, từ 6 đến 20 ký tự.";
        }
        if (s.DateOfBirth is { } d && s.Gender is { } g && PersonalIdNumber.Check(s.PersonalId, d, g) is { } idProblem)
        {
            errors["personalId"] = idProblem;
        }
        else if (s.DateOfBirth is null && !string.IsNullOrEmpty(s.PersonalId) && (s.PersonalId.Length != 12 || !s.PersonalId.All(char.IsAsciiDigit)))
        {
            errors["personalId"] = "Số định danh cá nhân phải gồm đúng 12 chữ số.";
        }
        return errors;
    }

    /// <summary>Vietnamese mobile numbers: 10 digits starting with 0 (+84 accepted and normalised).</summary>
    public static string? NormalizePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length == 11)
        {
            digits = "0" + digits[2..];
        }
        return digits.Length == 10 && digits[0] == '0' ? digits : null;
    }
}
