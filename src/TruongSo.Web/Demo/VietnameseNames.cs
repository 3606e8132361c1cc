using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Demo;

/// <summary>Plausible Vietnamese names, drawn with the real frequency of the common family names.</summary>
public sealed class VietnameseNames(Random random)
{
    // Family names weighted roughly as in the population (Nguyễn ≈ 38 %).
    private static readonly (string Name, int Weight)[] Families =
    [
        ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 2), ("Phan", 4), ("Vũ", 3), ("Võ", 2),
        ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 1), ("Ngô", 1), ("Dương", 1), ("Lý", 1), ("Đinh", 1), ("Trịnh", 1), ("Mai", 1),
    ];

    private static readonly string[] MaleMiddle = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Thành", "Gia", "Anh", "Công", "Tuấn", "Bảo"];
    private static readonly string[] FemaleMiddle = ["Thị", "Ngọc", "Thu", "Thanh", "Minh", "Khánh", "Bảo", "Phương", "Thùy", "Hồng", "Mai"];
    private static readonly string[] MaleGiven =
    [
        "An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khang", "Khoa", "Khôi", "Kiên", "Lâm",
        "Long", "Minh", "Nam", "Nghĩa", "Nhân", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Tiến",
        "Trung", "Tuấn", "Việt", "Vinh", "Bảo", "Duy", "Đạt", "Hưng", "Khải", "Lộc", "Toàn",
    ];
    private static readonly string[] FemaleGiven =
    [
        "Anh", "Ánh", "Chi", "Diệp", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Huyền", "Lan", "Linh", "Mai",
        "My", "Nga", "Ngân", "Ngọc", "Nhi", "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh", "Tâm", "Thảo", "Thư", "Trang",
        "Trâm", "Uyên", "Vân", "Vy", "Yến", "Châu", "Hiền", "Khánh", "Loan", "Thùy", "Xuân",
    ];

    private readonly int totalWeight = Families.Sum(f => f.Weight);

    public string Family()
    {
        var pick = random.Next(totalWeight);
        foreach (var (name, weight) in Families)
        {
            if ((pick -= weight) < 0)
            {
                return name;
            }
        }
        return Families[0].Name;
    }

    public string Person(Gender gender, string? family = null) =>
        gender == Gender.Male
            ? $"{family ?? Family()} {Pick(MaleMiddle)} {Pick(MaleGiven)}"
            : $"{family ?? Family()} {Pick(FemaleMiddle)} {Pick(FemaleGiven)}";

    public Gender AnyGender() => random.Next(2) == 0 ? Gender.Male : Gender.Female;

    private string Pick(string[] options) => options[random.Next(options.Length)];
}
