namespace TruongSo.Web.Modules.ContactBook.FamilyAccounts;

/// <summary>Bound from "FamilyAccounts".</summary>
public sealed class FamilyAccountsOptions
{
    /// <summary>How long a code handed over by the school stays valid.</summary>
    public int CodeLifetimeDays { get; set; } = 14;

    /// <summary>Wrong codes after which a code is burnt and the school must issue a new one.</summary>
    public int MaxFailedAttempts { get; set; } = 10;

    /// <summary>Activation attempts for one phone number per quarter hour, from whatever client.</summary>
    public int AttemptsPerPhonePerQuarterHour { get; set; } = 5;

    /// <summary>Activation posts per client address per minute (page and API).</summary>
    public int AttemptsPerClientPerMinute { get; set; } = 10;
}

/// <summary>A Vietnamese mobile number as usernames hold it: 10 digits starting with 0 (+84 accepted). Same rule as People's guardian records.</summary>
public static class PhoneNumbers
{
    public static string? Normalize(string? phone)
    {
        var digits = new string([.. (phone ?? "").Where(char.IsAsciiDigit)]);
        if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length == 11)
        {
            digits = "0" + digits[2..];
        }
        return digits.Length == 10 && digits[0] == '0' ? digits : null;
    }
}
