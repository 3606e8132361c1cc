using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.People.Rules;

/// <summary>
/// Số định danh cá nhân (12 digits): 3 digits of the birth-registration province, 1 digit for
/// century and sex, 2 for the year of birth, 6 random. The province prefix reflects the old
/// (pre-2025) codes and is not checked against today's provinces. grading-rules.md §3.4.
/// </summary>
public static class PersonalIdNumber
{
    /// <returns>A Vietnamese message naming what is wrong, or null when the number fits the person.</returns>
    public static string? Check(string? id, DateOnly dateOfBirth, Gender gender)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }
        if (id.Length != 12 || !id.All(char.IsAsciiDigit))
        {
            return "Số định danh cá nhân phải gồm đúng 12 chữ số.";
        }
        var province = int.Parse(id.AsSpan(0, 3), provider: System.Globalization.CultureInfo.InvariantCulture);
        if (province is < 1 or > 96)
        {
            return $"Ba chữ số đầu ({id[..3]}) không phải mã tỉnh nơi đăng ký khai sinh.";
        }
        var code = id[3] - '0';
        var century = (code / 2) switch { 0 => 1900, 1 => 2000, 2 => 2100, 3 => 2200, _ => 1800 };
        var female = code % 2 == 1;
        var year = century + ((id[4] - '0') * 10) + (id[5] - '0');
        if (year != dateOfBirth.Year)
        {
            return $"Số định danh cá nhân ghi năm sinh {year}, không khớp với ngày sinh {dateOfBirth:dd/MM/yyyy}.";
        }
        if (female != (gender == Gender.Female))
        {
            return $"Chữ số thứ tư ({id[3]}) ghi giới tính {(female ? "nữ" : "nam")}, không khớp với giới tính đã khai.";
        }
        return null;
    }
}
