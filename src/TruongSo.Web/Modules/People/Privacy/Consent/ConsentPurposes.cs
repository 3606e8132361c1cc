namespace TruongSo.Web.Modules.People.Privacy.Consent;

public sealed record ConsentPurpose(string Code, string Name, string Description);

/// <summary>
/// The purposes the school asks consent for, one by one (Nghị định 13/2023 Điều 11.3: consent is
/// given for each purpose, never bundled).
/// </summary>
public static class ConsentPurposes
{
    public static readonly IReadOnlyList<ConsentPurpose> All =
    [
        new("hoc-tap", "Học tập và quản lý học sinh", "Hồ sơ, sổ điểm, học bạ, điểm danh và báo cáo với cơ quan quản lý giáo dục."),
        new("lien-lac", "Liên lạc với gia đình", "Thông báo, tin nhắn, phiếu liên lạc gửi qua ứng dụng, email, SMS hoặc Zalo."),
        new("hinh-anh", "Hình ảnh của học sinh", "Ảnh hồ sơ và ảnh hoạt động của học sinh trên trang của nhà trường."),
    ];

    public static ConsentPurpose? Find(string? code) => All.FirstOrDefault(p => p.Code == code);

    /// <summary>From this age the child's own consent is needed as well as the guardian's (Điều 20.1).</summary>
    public const int OwnConsentAge = 7;

    public static bool NeedsOwnConsent(DateOnly dateOfBirth, DateOnly today) =>
        dateOfBirth.AddYears(OwnConsentAge) <= today;
}
