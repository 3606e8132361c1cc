using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.ManageSchools;

namespace TruongSo.Tests.Modules.Organization;

public sealed class SchoolParticularsTests
{
    [Theory]
    [InlineData("Trường THCS Nguyễn Trãi", SchoolLevel.LowerSecondary)]
    [InlineData("Trường Tiểu học Kim Đồng", SchoolLevel.Primary)]
    [InlineData("Trường TH Kim Đồng", SchoolLevel.Primary)]
    [InlineData("Trường Trung học phổ thông Chu Văn An", SchoolLevel.UpperSecondary)]
    [InlineData("Trường TH&THCS Hoà Bình", SchoolLevel.MultiLevel)]
    [InlineData("Trường Phổ thông Thực hành", SchoolLevel.MultiLevel)]
    public void A_bare_school_unit_gets_the_level_its_name_says(string name, SchoolLevel level) =>
        SchoolParticulars.FromName(name).Level.Should().Be(level);

    [Fact]
    public void Grades_default_from_the_level_and_stay_within_it()
    {
        var errors = new Dictionary<string, string[]>();

        var upper = new SchoolParticulars(SchoolLevel.UpperSecondary, SchoolOwnership.Private, " Số 2 ").Checked(errors);
        var wrong = new SchoolParticulars(SchoolLevel.Primary, SchoolOwnership.Public, "x", 1, 9).Checked(errors);

        (upper.Lowest, upper.Highest, upper.Address).Should().Be((10, 12, "Số 2"));
        errors.Keys.Should().Equal("highestGrade");
        wrong.Highest.Should().Be(9);
    }
}
