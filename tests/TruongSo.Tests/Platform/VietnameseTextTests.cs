using TruongSo.Web.Platform.Text;

namespace TruongSo.Tests.Platform;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Nguyễn Văn An", "nguyen van an")]
    [InlineData("  ĐẶNG   THỊ   Ánh ", "dang thi anh")]
    [InlineData("Đỗ Thị Ngọc Ý", "do thi ngoc y")]
    [InlineData("Hoàng Minh Khôi", "hoang minh khoi")]
    [InlineData("", "")]
    public void Fold_removes_marks_and_case(string name, string folded) =>
        VietnameseText.Fold(name).Should().Be(folded);

    [Fact]
    public void Fold_treats_decomposed_and_precomposed_text_alike() =>
        VietnameseText.Fold("Nguye\u0302\u0303n").Should().Be(VietnameseText.Fold("Nguyễn"));

    [Fact]
    public void A_class_list_sorts_by_given_name_in_Vietnamese_alphabet_order()
    {
        string[] expected =
        [
            "Nguyễn Văn An", "Trần Thị Anh", "Phạm Thị Ánh", "Lê Văn Ân", "Vũ Thị Bình", "Hoàng Văn Chiến",
            "Lê Mạnh Dũng", "Nguyễn Văn Dũng", "Trần Minh Đức", "Bùi Thị Hà", "Đỗ Thu Hà", "Ngô Văn Ý",
        ];

        var sorted = expected.Reverse().OrderBy(VietnameseText.SortKey, StringComparer.Ordinal).ToArray();

        sorted.Should().Equal(expected);
    }

    [Fact]
    public void Case_and_composition_do_not_change_the_order() =>
        VietnameseText.SortKey("NGUYỄN VĂN ĐỨC").Should().Be(VietnameseText.SortKey("Nguye\u0302\u0303n Văn Đức"));

    [Fact]
    public void The_key_is_digits_only_so_every_database_collation_orders_it_alike() =>
        VietnameseText.SortKey("Phạm Thị Ánh").Should().MatchRegex("^[0-9]+$");
}
