using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Demo;

public sealed record DemoFamily(string FamilyName, Guardian? Father, Guardian? Mother);

/// <summary>
/// Parents for demo students. A few families have children in more than one school, and the demo
/// parent 0912345678 has two: one at the THCS, one at the primary school.
/// </summary>
public sealed class DemoFamilies(Random random, VietnameseNames names)
{
    public const string DemoParentPhone = "0912345678";

    private readonly List<DemoFamily> families = [];
    private readonly HashSet<string> phones = [DemoParentPhone];

    public DemoFamily DemoParent { get; } = new("Hoàng",
        new Guardian { FullName = "Hoàng Văn Đức", NameSearch = "hoang van duc", Phone = DemoParentPhone, Occupation = "Kỹ sư xây dựng", CreatedAt = DateTime.UtcNow },
        new Guardian { FullName = "Nguyễn Thị Mai", NameSearch = "nguyen thi mai", Phone = "0987654321", Occupation = "Giáo viên", CreatedAt = DateTime.UtcNow });

    /// <summary>A new family, or now and then (6 %) one that already has a child in a demo school.</summary>
    public (DemoFamily Family, bool IsNew) Next()
    {
        if (families.Count > 20 && random.NextDouble() < 0.06)
        {
            return (families[random.Next(families.Count)], false);
        }
        var family = names.Family();
        var both = random.NextDouble() < 0.8;
        var fatherOnly = !both && random.NextDouble() < 0.3;
        var created = new DemoFamily(family,
            both || fatherOnly ? Parent(names.Person(Gender.Male, family)) : null,
            both || !fatherOnly ? Parent(names.Person(Gender.Female)) : null);
        families.Add(created);
        return (created, true);
    }

    private static readonly string[] Occupations = ["Công nhân", "Kinh doanh", "Công chức", "Giáo viên", "Bác sĩ", "Nông dân", "Lái xe", "Kế toán", "Kỹ sư", "Nội trợ"];

    private Guardian Parent(string fullName)
    {
        string phone;
        do
        {
            phone = "09" + random.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        while (!phones.Add(phone));
        return new Guardian { FullName = fullName, NameSearch = VietnameseText.Fold(fullName), Phone = phone, Occupation = Occupations[random.Next(Occupations.Length)], CreatedAt = DateTime.UtcNow };
    }
}
