namespace TruongSo.Web.Modules.People.Contracts;

/// <summary>The 54 ethnic groups of Viet Nam with the codes of the national list (QĐ 121-TCTK/PPCĐ).</summary>
public static class Ethnicities
{
    public static readonly IReadOnlyDictionary<string, string> ByCode = new[]
    {
        "Kinh", "Tày", "Thái", "Hoa", "Khơ-me", "Mường", "Nùng", "HMông", "Dao", "Gia-rai",
        "Ngái", "Ê-đê", "Ba-na", "Xơ-đăng", "Sán Chay", "Cơ-ho", "Chăm", "Sán Dìu", "Hrê", "Mnông",
        "Ra-glai", "Xtiêng", "Bru-Vân Kiều", "Thổ", "Giáy", "Cơ-tu", "Gié-Triêng", "Mạ", "Khơ-mú", "Co",
        "Tà-ôi", "Chơ-ro", "Kháng", "Xinh-mun", "Hà Nhì", "Chu-ru", "Lào", "La Chí", "La Ha", "Phù Lá",
        "La Hủ", "Lự", "Lô Lô", "Chứt", "Mảng", "Pà Thẻn", "Cờ Lao", "Cống", "Bố Y", "Si La",
        "Pu Péo", "Brâu", "Ơ-đu", "Rơ-măm",
    }.Select((name, i) => (Code: (i + 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture), name))
     .ToDictionary(e => e.Code, e => e.name);

    /// <summary>Accepts the code ("01") or the name, with or without marks ("kinh", "Tày").</summary>
    public static string? Find(string? codeOrName)
    {
        if (string.IsNullOrWhiteSpace(codeOrName))
        {
            return null;
        }
        var text = codeOrName.Trim();
        if (ByCode.ContainsKey(text.PadLeft(2, '0')))
        {
            return text.PadLeft(2, '0');
        }
        var folded = Platform.Text.VietnameseText.Fold(text).Replace("-", " ", StringComparison.Ordinal);
        return ByCode.FirstOrDefault(e => Platform.Text.VietnameseText.Fold(e.Value).Replace("-", " ", StringComparison.Ordinal) == folded).Key;
    }
}
