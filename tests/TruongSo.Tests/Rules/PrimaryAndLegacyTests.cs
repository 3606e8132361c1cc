using TruongSo.Rules.Grading;
using static TruongSo.Tests.Rules.Students;

namespace TruongSo.Tests.Rules;

/// <summary>TT27 (Ex P1, P2, P4), legacy TT58/TT26 (§1.13) and which rule set applies (§1.1, §2).</summary>
public sealed class PrimaryAndLegacyTests
{
    private static Tt27Input Grade4(int toanTest, Tt27Level level = Tt27Level.T, Tt27Quality trait = Tt27Quality.Tot)
    {
        var subjects = new List<Tt27Subject>
        {
            new("TIENGVIET", level, 10), new("TOAN", level, toanTest), new("NGOAINGU1", level, 9),
            new("LSDL", level, 10), new("KHOAHOC", level, 9), new("TINCN", level, 9),
            new("DAODUC", level, null), new("GDTC", level, null), new("AMNHAC", level, null), new("HDTN", level, null),
        };
        return new Tt27Input(4, subjects,
            Tt27Engine.Qualities.ToDictionary(q => q.Key, _ => trait), Tt27Engine.Competences.ToDictionary(q => q.Key, _ => trait));
    }

    [Fact]
    public void P1_all_T_all_Tot_all_tests_at_least_9_is_Hoan_thanh_xuat_sac()
    {
        var r = Tt27Engine.Evaluate(Grade4(9), GradingSettings.Default);
        r.YearResult.Should().Be(Tt27YearResult.HoanThanhXuatSac);
        r.Honour.Should().Be(Honour.XuatSac);
    }

    [Fact]
    public void P2_a_Toan_test_of_8_is_Hoan_thanh_tot()
    {
        var r = Tt27Engine.Evaluate(Grade4(8), GradingSettings.Default);
        r.YearResult.Should().Be(Tt27YearResult.HoanThanhTot);
        r.Honour.Should().BeNull();
    }

    [Fact]
    public void P4_a_Toan_test_of_4_is_Chua_hoan_thanh() =>
        Tt27Engine.Evaluate(Grade4(4, Tt27Level.H, Tt27Quality.Dat), GradingSettings.Default).YearResult.Should().Be(Tt27YearResult.ChuaHoanThanh);

    [Theory]
    [InlineData(Tt27Level.H, Tt27Quality.Tot, 9, Tt27YearResult.HoanThanh)]
    [InlineData(Tt27Level.T, Tt27Quality.Dat, 10, Tt27YearResult.HoanThanh)]
    [InlineData(Tt27Level.T, Tt27Quality.Tot, 6, Tt27YearResult.HoanThanh)]
    [InlineData(Tt27Level.C, Tt27Quality.Tot, 10, Tt27YearResult.ChuaHoanThanh)]
    [InlineData(Tt27Level.T, Tt27Quality.CanCoGang, 10, Tt27YearResult.ChuaHoanThanh)]
    public void TT27_levels_follow_Dieu_9(Tt27Level level, Tt27Quality trait, int test, Tt27YearResult expected) =>
        Tt27Engine.Classify(level, trait, test).Should().Be(expected);

    [Fact]
    public void TT27_missing_test_or_quality_is_incomplete()
    {
        var input = Grade4(9);
        var without = input with { Subjects = input.Subjects.Select(s => s.Code == "TOAN" ? s with { Test = null } : s).ToList(), Qualities = new Dictionary<string, Tt27Quality>() };
        var r = Tt27Engine.Evaluate(without, GradingSettings.Default);
        r.YearResult.Should().BeNull();
        r.Incomplete.Should().Contain(new MissingAssessment("TOAN", Term.Year, "test")).And.HaveCount(6);
    }

    private static Tt58Subject L(string code, decimal avg) => new(code, S(avg), code is "TOAN" or "NGUVAN" or "NGOAINGU1");

    [Fact]
    public void TT58_Gioi_Kha_Trung_binh_by_average_core_subject_and_floor()
    {
        Tt58.Classify([L("TOAN", 8.5m), L("NGUVAN", 8.0m), L("LY", 7.5m)], true).Result.Should().Be(Tt58Learning.Gioi);
        Tt58.Classify([L("TOAN", 6.0m), L("NGUVAN", 7.0m), L("LY", 7.0m)], true).Result.Should().Be(Tt58Learning.Kha);
        Tt58.Classify([L("TOAN", 8.5m), L("NGUVAN", 8.0m), L("LY", 7.5m)], false).Result.Should().Be(Tt58Learning.Yeu, "a comment subject CĐ rules out Giỏi, Khá and TB");
        Tt58.Classify([L("TOAN", 3.0m), L("NGUVAN", 3.0m), L("LY", 4.0m)], true).Result.Should().Be(Tt58Learning.Kem);
    }

    [Fact]
    public void TT58_one_subject_pulling_a_would_be_Gioi_to_Trung_binh_gives_Kha()
    {
        // Average 8.0 with Toán 8.5, but Công nghệ 4.0 (< 5.0): Trung bình; only because of one subject → Khá.
        var c = Tt58.Classify([L("TOAN", 8.5m), L("NGUVAN", 8.5m), L("LY", 9.0m), L("HOA", 9.0m), L("SINH", 9.0m), L("CONGNGHE", 4.0m)], true);
        c.OverallAverage.Should().Be(S(8.0m));
        c.Computed.Should().Be(Tt58Learning.TrungBinh);
        c.Result.Should().Be(Tt58Learning.Kha);
    }

    [Fact]
    public void TT58_titles_and_labels()
    {
        Tt58.Title(Tt58Conduct.Tot, Tt58Learning.Gioi).Should().Be(Tt58Title.Gioi);
        Tt58.Title(Tt58Conduct.Kha, Tt58Learning.Gioi).Should().Be(Tt58Title.TienTien);
        Tt58.Title(Tt58Conduct.Tot, Tt58Learning.TrungBinh).Should().BeNull();
        Tt58.Vi(Tt58Learning.TrungBinh).Should().Be("Trung bình");
        Tt58.Vi(Tt58Title.TienTien).Should().Be("Học sinh Tiên tiến");
    }

    [Theory]
    [InlineData(2021, 6, RuleSet.Tt22)]
    [InlineData(2021, 7, RuleSet.Tt58)]
    [InlineData(2022, 7, RuleSet.Tt22)]
    [InlineData(2022, 10, RuleSet.Tt22)]
    [InlineData(2022, 8, RuleSet.Tt58)]
    [InlineData(2023, 11, RuleSet.Tt22)]
    [InlineData(2023, 9, RuleSet.Tt58)]
    [InlineData(2023, 12, RuleSet.Tt58)]
    [InlineData(2024, 12, RuleSet.Tt22)]
    [InlineData(2020, 6, RuleSet.Tt58)]
    [InlineData(2020, 1, RuleSet.Tt27)]
    [InlineData(2020, 2, RuleSet.LegacyPrimary)]
    [InlineData(2023, 4, RuleSet.Tt27)]
    [InlineData(2023, 5, RuleSet.LegacyPrimary)]
    [InlineData(2025, 5, RuleSet.Tt27)]
    public void Rule_sets_follow_the_roll_out(int year, int grade, RuleSet expected) => RuleSets.For(year, grade).Should().Be(expected);

    [Fact]
    public void Grades_outside_1_to_12_have_no_rule_set() =>
        FluentActions.Invoking(() => RuleSets.For(2025, 13)).Should().Throw<ArgumentOutOfRangeException>();
}
