namespace TruongSo.Web.Modules.Gradebook.HomeroomResults;

/// <summary>The stored ASCII codes as the sổ điểm prints them in Vietnamese.</summary>
public static class HomeroomLabels
{
    public static readonly IReadOnlyList<(string Code, string Name)> Levels = [("Tot", "Tốt"), ("Kha", "Khá"), ("Dat", "Đạt"), ("ChuaDat", "Chưa đạt")];

    public static readonly IReadOnlyList<(string Code, string Name)> Traits = [("Tot", "Tốt"), ("Dat", "Đạt"), ("CanCoGang", "Cần cố gắng")];

    public static string Of(string? code) => code switch
    {
        null or "" => "—",
        "Tot" => "Tốt",
        "Kha" => "Khá",
        "Dat" => "Đạt",
        "ChuaDat" => "Chưa đạt",
        "D" => "Đ",
        "CD" => "CĐ",
        "LenLop" => "Lên lớp",
        "OLaiLop" => "Ở lại lớp",
        "ChoHe" => "Chờ kết quả hè",
        "Gioi" => "Học sinh Giỏi",
        "XuatSac" => "Học sinh Xuất sắc",
        "HoanThanhXuatSac" => "Hoàn thành xuất sắc",
        "HoanThanhTot" => "Hoàn thành tốt",
        "HoanThanh" => "Hoàn thành",
        "ChuaHoanThanh" => "Chưa hoàn thành",
        "CanCoGang" => "Cần cố gắng",
        _ => code,
    };

    /// <summary>The headings of the class summary, in the order the sổ lists them.</summary>
    public static IEnumerable<(string Code, int Count)> Ordered(IReadOnlyDictionary<string, int> counts, params string[] order) =>
        order.Select(o => (o, counts.GetValueOrDefault(o))).Concat(counts.Where(c => !order.Contains(c.Key)).Select(c => (c.Key, c.Value)));
}
