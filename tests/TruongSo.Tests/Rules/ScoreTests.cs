using TruongSo.Rules.Grading;

namespace TruongSo.Tests.Rules;

public sealed class ScoreTests
{
    [Theory]
    [InlineData("7.5", 75, "7.5")]
    [InlineData("7,5", 75, "7.5")]
    [InlineData("8", 80, "8.0")]
    [InlineData(" 10 ", 100, "10.0")]
    [InlineData("0", 0, "0.0")]
    [InlineData("6.50", 65, "6.5")]
    public void Accepts_one_decimal_with_dot_or_comma(string text, int tenths, string shown)
    {
        Score.TryParse(text, out var score, out var error).Should().BeTrue(error);
        score.Tenths.Should().Be(tenths);
        score.ToString().Should().Be(shown);
        error.Should().BeNull();
    }

    [Theory]
    [InlineData("11", "từ 0 đến 10")]
    [InlineData("10.1", "từ 0 đến 10")]
    [InlineData("7.25", "một chữ số thập phân")]
    [InlineData("7,25", "một chữ số thập phân")]
    [InlineData("bảy", "không phải là điểm")]
    [InlineData("-1", "không phải là điểm")]
    [InlineData("", "Chưa nhập điểm")]
    [InlineData("1e1", "không phải là điểm")]
    public void Refuses_what_is_not_a_score_with_a_Vietnamese_message(string text, string message)
    {
        Score.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().Contain(message);
    }

    [Fact]
    public void Vietnamese_display_uses_a_decimal_comma() => Students.S(7.5m).ToVietnamese().Should().Be("7,5");

    [Theory]
    // numerator in tenths: 645 / 10 is 64.5 tenths, i.e. 6.45
    [InlineData(645, 10, 65)] // 6.45 → 6.5
    [InlineData(495, 10, 50)] // 4.95 → 5.0
    [InlineData(825, 10, 83)] // 8.25 → 8.3, not banker's 8.2
    [InlineData(644, 10, 64)]
    [InlineData(516, 8, 65)]   // Ex 2: 51.6 / 8 = 6.45
    [InlineData(396, 8, 50)]   // (4+4+4+2·5.1+3·5.8)/8 = 4.95, where floor(x*10+0.5) fails in floats
    [InlineData(0, 9, 0)]
    public void Rounds_half_up_exactly(long numerator, long denominator, int tenths) =>
        Tenths.DivideHalfUp(numerator, denominator).Should().Be(tenths);
}
