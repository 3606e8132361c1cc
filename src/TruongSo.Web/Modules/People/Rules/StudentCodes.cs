using System.Security.Cryptography;

namespace TruongSo.Web.Modules.People.Rules;

/// <summary>
/// The sector's lifelong student code when the Ministry's database has not issued one yet:
/// 10 digits, the school's province code then 8 random digits. Uniqueness is enforced by the
/// database; codes are never changed or reused because students are never deleted.
/// </summary>
public static class StudentCodes
{
    public static string New(string provinceCode) =>
        provinceCode.PadLeft(2, '0')[..2] + RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsWellFormed(string code) => code.Length is >= 6 and <= 20 && code.All(char.IsAsciiLetterOrDigit);
}
