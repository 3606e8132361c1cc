using TruongSo.Web.Modules.People.Privacy.Consent;
using TruongSo.Web.Modules.People.Privacy.Data;

namespace TruongSo.Web.Modules.People.Privacy;

/// <summary>Vietnamese words for the privacy pages (keys of the translations).</summary>
public static class PrivacyLabels
{
    public static string State(ConsentAct? act) => act switch
    {
        null => "Chưa trả lời",
        { Given: true } => "Đã đồng ý",
        _ => "Đã rút lại",
    };

    public static string Badge(ConsentAct? act) => act switch
    {
        null => "badge",
        { Given: true } => "badge ok",
        _ => "badge danger",
    };

    public static string Of(ConsentParty party) => party == ConsentParty.Guardian ? "Cha mẹ, người giám hộ" : "Học sinh";

    public static string Of(ConsentMethod method) => method == ConsentMethod.Online ? "Trực tuyến" : "Trực tiếp (giấy)";

    public static string What(string what) => what switch
    {
        "ho-so" => "Hồ sơ học sinh",
        "ket-qua" => "Kết quả học tập",
        "hoc-ba" => "Học bạ",
        "chuyen-can" => "Chuyên cần",
        _ => what,
    };

    /// <summary>Vietnamese time (UTC+7), whatever the server's zone.</summary>
    public static string Time(DateTime utc) => utc.AddHours(7).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string PurposeName(string code) => ConsentPurposes.Find(code)?.Name ?? code;
}
