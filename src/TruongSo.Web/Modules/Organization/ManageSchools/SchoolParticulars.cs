using System.Net.Mail;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Modules.Organization.ManageSchools;

/// <summary>What a school is beyond its code and name. Grades default from the level (SchoolLevels.DefaultGrades).</summary>
public sealed record SchoolParticulars(
    SchoolLevel Level, SchoolOwnership Ownership, string? Address,
    int? LowestGrade = null, int? HighestGrade = null, string? Phone = null, string? Email = null)
{
    public int Lowest => LowestGrade ?? SchoolLevels.DefaultGrades(Level).Lowest;
    public int Highest => HighestGrade ?? SchoolLevels.DefaultGrades(Level).Highest;

    /// <summary>The particulars trimmed, with every problem added to <paramref name="errors"/>.</summary>
    internal SchoolParticulars Checked(Dictionary<string, string[]> errors)
    {
        if (!Enum.IsDefined(Level))
        {
            errors.Add("level", "Cấp học không hợp lệ.");
            return this;
        }
        var (lo, hi) = SchoolLevels.DefaultGrades(Level);
        if (Lowest < lo || Lowest > hi)
        {
            errors.Add("lowestGrade", $"Trường {SchoolLevels.Name(Level)} có khối lớp thấp nhất từ {lo} đến {hi}.");
        }
        if (Highest < Lowest || Highest > hi)
        {
            errors.Add("highestGrade", $"Khối lớp cao nhất phải từ {Math.Max(lo, Lowest)} đến {hi}.");
        }
        if (!Enum.IsDefined(Ownership))
        {
            errors.Add("ownership", "Loại hình trường không hợp lệ.");
        }
        var address = errors.Text("address", Address, 300, "Địa chỉ phải có từ 1 đến 300 ký tự.");
        var phone = Phone?.Trim() is { Length: > 0 } p ? p : null;
        if (phone is not null && (phone.Length is < 8 or > 20 || !phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '+')))
        {
            errors.Add("phone", "Số điện thoại gồm 8 đến 20 chữ số (có thể có dấu cách, dấu chấm, dấu gạch).");
        }
        var email = Email?.Trim() is { Length: > 0 } e ? e : null;
        if (email is not null && (email.Length > 200 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            errors.Add("email", "Địa chỉ email không hợp lệ.");
        }
        return this with { Address = address, LowestGrade = Lowest, HighestGrade = Highest, Phone = phone, Email = email };
    }

    /// <summary>
    /// For a school unit created without particulars (CreateOrgUnit alone, as the CLI and test
    /// data do): the level its name says ("Trường THCS …"), liên cấp when it says none or several.
    /// </summary>
    internal static SchoolParticulars FromName(string name)
    {
        var folded = $" {VietnameseText.Fold(name).Replace('&', ' ').Replace('-', ' ')} ";
        bool Says(params string[] words) => words.Any(w => folded.Contains($" {w} ", StringComparison.Ordinal));
        var said = new (bool, SchoolLevel)[]
        {
            (Says("tieu hoc", "th"), SchoolLevel.Primary),
            (Says("thcs", "trung hoc co so"), SchoolLevel.LowerSecondary),
            (Says("thpt", "trung hoc pho thong"), SchoolLevel.UpperSecondary),
        }.Where(s => s.Item1).Select(s => s.Item2).ToList();
        var level = said.Count == 1 ? said[0] : SchoolLevel.MultiLevel;
        return new SchoolParticulars(level, SchoolOwnership.Public, "");
    }
}
