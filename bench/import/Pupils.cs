using System.Globalization;

namespace ImportBench;

/// <summary>One generated student row, as a school's sheet would carry it.</summary>
internal sealed record Pupil(string Code, string PersonalId, string Name, DateOnly Dob, bool Female, string Ethnicity, string Address,
    string Class, string Guardian, string Relation, string Phone);

/// <summary>
/// Realistic rows: Vietnamese names, ages of a THCS, every row with code and ID number, classes of
/// 40, one guardian per family with siblings sharing a phone (one family in six has two children).
/// Seeded, so every run imports the same file.
/// </summary>
internal static class Pupils
{
    private static readonly string[] Family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] Middle = ["Văn", "Thị", "Minh", "Ngọc", "Đức", "Thu", "Gia", "Hoài", "Quốc", "Thanh", "Bảo", "Khánh"];
    private static readonly string[] Given = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hiếu", "Hoa", "Huy", "Khôi", "Lan", "Linh", "Long", "Mai", "Nam", "Ngân", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tú", "Vy", "Yến"];
    private static readonly string[] Ethnicities = ["Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Tày", "Thái", "Mường", "Nùng"];
    private static readonly string[] Streets = ["Lý Thường Kiệt", "Trần Hưng Đạo", "Nguyễn Trãi", "Lê Lợi", "Hai Bà Trưng", "Phan Chu Trinh"];

    public static List<Pupil> Make(int count, int seed, string codePrefix)
    {
        var random = new Random(seed);
        var pupils = new List<Pupil>(count);
        var (phone, id) = (random.Next(10_000_000, 20_000_000), random.Next(100_000, 400_000));
        for (var i = 0; i < count; i++)
        {
            var female = random.Next(2) == 1;
            var dob = new DateOnly(2011 + random.Next(4), 1 + random.Next(12), 1 + random.Next(28));
            var sibling = i > 0 && random.Next(6) == 0;
            var family = sibling ? pupils[^1].Name.Split(' ')[0] : Family[random.Next(Family.Length)];
            var name = $"{family} {(female ? "Thị" : Middle[random.Next(Middle.Length)])} {Given[random.Next(Given.Length)]}";
            var grade = 6 + (dob.Year == 2014 ? 0 : dob.Year == 2013 ? 1 : dob.Year == 2012 ? 2 : 3);
            pupils.Add(new Pupil(
                $"{codePrefix}{i:D8}",
                $"001{(female ? 3 : 2)}{dob.Year % 100:D2}{id + i:D6}",
                name, dob, female, Ethnicities[random.Next(Ethnicities.Length)],
                $"Số {1 + random.Next(200)} {Streets[random.Next(Streets.Length)]}",
                $"{grade}A{1 + random.Next(12)}",
                sibling ? pupils[^1].Guardian : $"{family} Văn {Given[random.Next(Given.Length)]}",
                sibling ? pupils[^1].Relation : "Cha",
                sibling ? pupils[^1].Phone : $"09{phone++:D8}"));
        }
        return pupils;
    }

    public static object?[] Row(Pupil p) =>
    [
        p.Code, p.PersonalId, p.Name, p.Dob, p.Female ? "Nữ" : "Nam", p.Ethnicity, "Hà Nội", p.Address, p.Class, null, null, null, p.Guardian, p.Relation, p.Phone,
    ];

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
