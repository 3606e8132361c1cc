using TruongSo.Rules.Grading;
using static TruongSo.Tests.Rules.Students;

namespace TruongSo.Tests.Rules;

/// <summary>grading-rules.md §5 A and C: subject averages, TT22 Điều 9 khoản 1.</summary>
public sealed class SubjectAverageTests
{
    [Fact]
    public void Ex1_four_regular_scores() =>
        TermOf(4, [8, 7, 9, 6], 7.5m, 8.0m).Average.Should().Be(S(7.7m));

    [Fact]
    public void Ex2_exact_tie_6_45_rounds_up_to_6_5() =>
        TermOf(3, [4.0m, 4.0m, 6.0m], 7.4m, 7.6m).Average.Should().Be(S(6.5m));

    [Fact]
    public void Ex2_exact_tie_8_25_rounds_up_to_8_3() =>
        TermOf(3, [8, 8, 8], 9, 8).Average.Should().Be(S(8.3m));

    [Fact]
    public void A_4_95_average_rounds_to_5_0() =>
        TermOf(3, [4, 4, 4], 5.1m, 5.8m).Average.Should().Be(S(5.0m));

    [Fact]
    public void Ex4_two_regular_scores() =>
        TermOf(2, [7, 8.5m], 6.5m, 7.2m).Average.Should().Be(S(7.2m));

    [Fact]
    public void Ex5_year_average_from_two_semesters() =>
        Tt22.YearAverage(S(7.7m), S(8.2m)).Should().Be(S(8.0m));

    [Fact]
    public void Ex6_year_average_from_recorded_semester_averages_reaches_6_5()
    {
        var hk1 = TermOf(4, [6, 6, 6, 6.1m], 6, 6);
        var hk2 = TermOf(4, [6, 6, 6, 6], 6, 8);
        hk1.Average.Should().Be(S(6.0m));
        hk2.Average.Should().Be(S(6.7m));
        Tt22.YearAverage(hk1, hk2, GradingSettings.Default).Should().Be(S(6.5m));
    }

    [Fact]
    public void Ex6_year_average_from_unrounded_semester_averages_stays_at_6_4()
    {
        var settings = new GradingSettings { YearAverageFrom = YearAverageSource.UnroundedSemesterAverages };
        Tt22.YearAverage(TermOf(4, [6, 6, 6, 6.1m], 6, 6), TermOf(4, [6, 6, 6, 6], 6, 8), settings).Should().Be(S(6.4m));
    }

    [Fact]
    public void Ex7_comment_subject_needs_every_assessment_Dat_and_the_year_is_HK_II()
    {
        var hk1 = Tt22.CommentTerm(2, [CommentResult.Dat, CommentResult.Dat], CommentResult.Dat, CommentResult.ChuaDat);
        var hk2 = Tt22.CommentTerm(2, [CommentResult.Dat, CommentResult.Dat], CommentResult.Dat, CommentResult.Dat);
        hk1.Result.Should().Be(CommentResult.ChuaDat);
        hk2.Result.Should().Be(CommentResult.Dat);
        Tt22.CommentYear(hk2.Result).Should().Be(CommentResult.Dat);
    }

    [Fact]
    public void Ex23_missing_midterm_is_not_computed_until_a_make_up_or_a_zero()
    {
        var missing = TermOf(4, [8, 8, 8, 8], null, 8);
        missing.Average.Should().BeNull();
        missing.Missing.Should().Be(MissingParts.Gk);
        TermOf(4, [8, 8, 8, 8], 8, 8).Average.Should().Be(S(8.0m));
        TermOf(4, [8, 8, 8, 8], 0, 8).Average.Should().Be(S(6.2m));
    }

    [Fact]
    public void Ex24_one_regular_score_missing_blocks_the_average()
    {
        var missing = TermOf(4, [8, 7, 9, null], 7.5m, 8.0m);
        missing.Average.Should().BeNull("neither 7.9 (three of four) nor 7.0 (a silent zero) may be shown");
        missing.Missing.Should().Be(MissingParts.Tx);
        missing.MissingTx.Should().Be(1);
        TermOf(4, [8, 7, 9], 7.5m, 8.0m).Average.Should().BeNull();
        TermOf(4, [8, 7, 9, 0], 7.5m, 8.0m).Average.Should().Be(S(7.0m));
        TermOf(4, [8, 7, 9, 6], 7.5m, 8.0m).Average.Should().Be(S(7.7m));
    }

    [Fact]
    public void More_regular_scores_than_the_subject_has_are_refused() =>
        FluentActions.Invoking(() => TermOf(2, [8, 7, 9], 7, 7)).Should().Throw<ArgumentException>();

    [Fact]
    public void A_missing_comment_assessment_leaves_the_term_open()
    {
        var r = Tt22.CommentTerm(2, [CommentResult.Dat], CommentResult.Dat, null);
        r.Result.Should().BeNull();
        r.Missing.Should().Be(MissingParts.Tx | MissingParts.Ck);
    }

    [Theory]
    [InlineData(SubjectKind.Scored, 35, 2)]
    [InlineData(SubjectKind.Scored, 52, 3)]
    [InlineData(SubjectKind.Scored, 70, 3)]
    [InlineData(SubjectKind.Scored, 105, 4)]
    [InlineData(SubjectKind.Scored, 140, 4)]
    [InlineData(SubjectKind.Comment, 70, 2)]
    [InlineData(SubjectKind.Comment, 105, 2)]
    public void Regular_assessment_counts_follow_periods_per_year(SubjectKind kind, int periods, int count) =>
        Tt22.RegularCount(kind, periods).Should().Be(count);
}
