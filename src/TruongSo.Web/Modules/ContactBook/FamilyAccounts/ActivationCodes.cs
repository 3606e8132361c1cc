using System.Security.Cryptography;
using System.Text;

namespace TruongSo.Web.Modules.ContactBook.FamilyAccounts;

/// <summary>
/// Making and checking activation codes. Ten characters from 31 without look-alikes (no 0/O, 1/I/L)
/// give about 50 bits: with a handful of tries per phone per quarter hour, guessing is hopeless, and
/// the slow salted hash keeps a stolen table from giving the codes away before they expire.
/// </summary>
public static class ActivationCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private const int Length = 10;
    private const int Iterations = 20_000;

    /// <summary>"ABCDE-FGHJK": printed in two groups of five, typed with or without the dash.</summary>
    public static string New()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, Length);
        return new string(chars, 0, 5) + "-" + new string(chars, 5, 5);
    }

    /// <summary>What the parent typed, as it was issued: upper case, without spaces or dashes.</summary>
    public static string Normalize(string? typed) =>
        new([.. (typed ?? "").ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);

    public static string Hash(string code)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return Convert.ToBase64String(salt) + ":" + Convert.ToBase64String(Derive(Normalize(code), salt));
    }

    public static bool Matches(string typed, string stored)
    {
        var parts = stored.Split(':');
        if (parts.Length != 2)
        {
            return false;
        }
        var expected = Convert.FromBase64String(parts[1]);
        return CryptographicOperations.FixedTimeEquals(Derive(Normalize(typed), Convert.FromBase64String(parts[0])), expected);
    }

    /// <summary>
    /// The same work as a real check, for a phone with no code: the answer's timing then does not
    /// tell whether a parent account exists for a number.
    /// </summary>
    public static void CheckAgainstDecoy(string typed) => _ = Matches(typed, Decoy.Value);

    private static readonly Lazy<string> Decoy = new(() => Hash(New()));

    private static byte[] Derive(string code, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code), salt, Iterations, HashAlgorithmName.SHA256, 32);
}
