using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Tests.Modules.Organization;

public sealed class ClassNamesTests
{
    [Fact]
    public void Sorts_as_people_count_not_as_strings()
    {
        string[] names = ["6A10", "6a2", "6B1", "6A1", "10A1", "6A2", "7A1", "6A02x", "Lớp chọn"];

        names.Order(ClassNames.Natural).Should().Equal("6A1", "6A2", "6a2", "6A02x", "6A10", "6B1", "7A1", "10A1", "Lớp chọn");
    }

    [Theory]
    [InlineData("7A1", 7, "8A1")]
    [InlineData("9A10", 9, "10A10")]
    [InlineData("10A1", 1, "10A1")]     // led by 10, not by its grade 1
    [InlineData("Lớp chọn", 8, "Lớp chọn")]
    [InlineData("A1", 6, "A1")]
    public void A_successor_is_a_grade_up_when_the_name_starts_with_the_grade(string name, int grade, string expected) =>
        ClassNames.Successor(name, grade).Should().Be(expected);

    [Theory]
    [InlineData("12A3", 12)]
    [InlineData("6", 6)]
    [InlineData("A6", null)]
    [InlineData("", null)]
    public void Reads_the_leading_grade(string name, int? expected) =>
        ClassNames.LeadingNumber(name).Should().Be(expected);
}
