using TruongSo.Rules.Grading;
using static TruongSo.Tests.Rules.Students;

namespace TruongSo.Tests.Rules;

/// <summary>grading-rules.md §5 B: kết quả học tập, TT22 Điều 9 khoản 2 and 3.</summary>
public sealed class LearningTests
{
    // Toán, Văn, Anh, KHTN, LS&ĐL, Tin, GDCD, Công nghệ
    private static readonly decimal[] Ex10 = [9.0m, 8.5m, 8.2m, 8.0m, 8.0m, 8.1m, 8.4m, 4.8m];
    private static readonly decimal[] Ex15 = [9.0m, 8.5m, 8.2m, 8.0m, 8.0m, 8.1m, 8.4m, 7.0m];

    [Fact]
    public void Ex8_Tot_exactly_at_the_thresholds_and_Hoc_sinh_Gioi_not_Xuat_sac()
    {
        var r = Year([8.0m, 8.0m, 8.0m, 8.0m, 8.0m, 8.0m, 6.5m, 6.5m]).Promotable().Evaluate();
        r.Learning.Year!.Value.Result.Should().Be(Achievement.Tot);
        r.Honour.Should().Be(Honour.Gioi);
        r.YearEnd!.Outcome.Should().Be(Outcome.LenLop);
    }

    [Fact]
    public void Ex9_one_subject_at_6_4_is_Kha_without_adjustment()
    {
        var level = Year([8.0m, 8.0m, 8.0m, 8.0m, 8.0m, 8.0m, 6.5m, 6.4m]).Evaluate().Learning.Year!.Value;
        level.Computed.Should().Be(Achievement.Kha);
        level.Result.Should().Be(Achievement.Kha);
        level.Adjusted.Should().BeFalse();
    }

    [Fact]
    public void Ex10_one_subject_below_5_drops_Tot_to_Dat_and_is_adjusted_to_Kha()
    {
        var r = Year(Ex10).Promotable().Evaluate();
        var level = r.Learning.Year!.Value;
        level.Computed.Should().Be(Achievement.Dat);
        level.WouldBe.Should().Be(Achievement.Tot);
        level.Result.Should().Be(Achievement.Kha);
        r.YearEnd.Should().BeEquivalentTo(new YearEndDecision(Outcome.LenLop, false, []));
        r.Honour.Should().BeNull("an adjusted student is never Tốt");
        r.Explanation.Should().Contain(l => l.Contains("Điều 9 khoản 3") && l.Contains("CONGNGHE"));
    }

    [Fact]
    public void Ex13_two_subjects_below_5_are_still_Dat_and_promoted()
    {
        var r = Year([6.0m, 5.5m, 5.0m, 6.5m, 7.0m, 5.2m, 4.0m, 4.5m]).Promotable().Evaluate();
        r.Learning.Year!.Value.Should().Match<LearningLevel>(l => l.Computed == Achievement.Dat && !l.Adjusted);
        r.YearEnd!.Outcome.Should().Be(Outcome.LenLop);
        r.YearEnd.RetestSubjects.Should().BeEmpty();
    }

    [Fact]
    public void Ex15_one_comment_subject_Chua_dat_is_adjusted_to_Kha_by_default()
    {
        var r = Year(Ex15, "NGHETHUAT").Promotable().Evaluate();
        r.Learning.Year!.Value.Computed.Should().Be(Achievement.Dat);
        r.Learning.Year!.Value.Result.Should().Be(Achievement.Kha);
        r.YearEnd!.Outcome.Should().Be(Outcome.LenLop);
    }

    [Fact]
    public void Ex15_stays_Dat_when_comment_subjects_cannot_trigger_the_adjustment()
    {
        var settings = new GradingSettings { CommentSubjectCanTriggerAdjustment = false };
        var r = Year(Ex15, "NGHETHUAT").Promotable().Evaluate(settings);
        r.Learning.Year!.Value.Result.Should().Be(Achievement.Dat);
        r.YearEnd!.Outcome.Should().Be(Outcome.LenLop);
    }

    [Fact]
    public void Ex16_two_comment_subjects_Chua_dat_give_Chua_dat_then_summer_retests_give_Tot()
    {
        var input = Year(Ex15, "GDTC", "HDTN").Promotable();
        var r = input.Evaluate();
        r.Learning.Year!.Value.Should().Match<LearningLevel>(l => l.Result == Achievement.ChuaDat && !l.Adjusted);
        r.YearEnd.Should().BeEquivalentTo(new YearEndDecision(Outcome.ChoHe, false, ["GDTC", "HDTN"]));
        r.Final!.Outcome.Should().Be(Outcome.ChoHe, "without the summer the final decision equals the year-end one");

        var summer = new Tt22Summer { Retests = new Dictionary<string, SubjectMark> { ["GDTC"] = SubjectMark.Of(CommentResult.Dat), ["HDTN"] = SubjectMark.Of(CommentResult.Dat) } };
        var after = (input with { Summer = summer }).Evaluate();
        after.Final.Should().Be(new FinalDecision(Outcome.LenLop, Achievement.Tot, Achievement.Tot));
    }

    [Theory]
    [InlineData(AdjustmentTarget.OneAboveComputed, Achievement.Dat)]
    [InlineData(AdjustmentTarget.OneBelowWouldBe, Achievement.Kha)]
    public void Ex12_a_three_level_drop_goes_to_the_adjacent_level_the_setting_names(AdjustmentTarget target, Achievement expected)
    {
        var level = Year([8.0m, 8.0m, 8.0m, 8.0m, 8.0m, 8.0m, 8.0m, 3.0m]).Evaluate(new GradingSettings { AdjustTo = target }).Learning.Year!.Value;
        level.Computed.Should().Be(Achievement.ChuaDat);
        level.WouldBe.Should().Be(Achievement.Tot);
        level.Result.Should().Be(expected);
    }

    [Fact]
    public void A_would_be_Kha_pulled_to_Chua_dat_by_one_subject_becomes_Dat()
    {
        var level = Year([6.5m, 6.5m, 6.5m, 6.5m, 6.5m, 6.5m, 5.0m, 3.0m]).Evaluate().Learning.Year!.Value;
        level.Should().Be(new LearningLevel(Achievement.ChuaDat, Achievement.Dat, 7, Achievement.Kha));
    }

    [Fact]
    public void A_one_level_drop_is_not_adjusted()
    {
        // Would be Khá without Công nghệ 4.8; computed Đạt: one level only.
        var level = Year([7.0m, 7.0m, 7.0m, 7.0m, 7.0m, 7.0m, 7.0m, 4.8m]).Evaluate().Learning.Year!.Value;
        level.Should().Be(new LearningLevel(Achievement.Dat, Achievement.Dat, LearningLevel.NoTrigger, null));
    }

    [Fact]
    public void A_low_scored_subject_together_with_a_comment_subject_Chua_dat_is_not_adjusted()
    {
        var level = Year(Ex10, "GDTC").Evaluate().Learning.Year!.Value;
        level.Computed.Should().Be(Achievement.Dat);
        level.Adjusted.Should().BeFalse("two subjects pull the level down");
    }

    [Fact]
    public void Removing_a_subject_does_not_count_it_as_passing()
    {
        // Only five subjects ≥ 8.0: "fixing" Công nghệ would not reach Tốt, removing it reaches only Khá (one level).
        var level = Year([9.0m, 8.5m, 8.2m, 8.0m, 8.0m, 7.0m, 7.0m, 4.8m]).Evaluate().Learning.Year!.Value;
        level.Should().Be(new LearningLevel(Achievement.Dat, Achievement.Dat, LearningLevel.NoTrigger, null));
    }

    [Fact]
    public void Xuat_sac_needs_six_subjects_at_9()
    {
        Year([9.0m, 9.0m, 9.0m, 9.0m, 9.0m, 9.0m, 8.0m, 6.5m]).Promotable().Evaluate().Honour.Should().Be(Honour.XuatSac);
        Year([9.0m, 9.0m, 9.0m, 9.0m, 9.0m, 8.9m, 8.0m, 6.5m]).Promotable().Evaluate().Honour.Should().Be(Honour.Gioi);
        Year([9.0m, 9.0m, 9.0m, 9.0m, 9.0m, 9.0m, 8.0m, 6.5m]).Promotable(Achievement.Tot, Achievement.Kha).Evaluate().Honour.Should().BeNull();
        Year([9.0m, 9.0m, 9.0m, 9.0m, 9.0m, 9.0m, 8.0m, 6.5m]).Promotable().Evaluate(new GradingSettings { AwardTitles = false }).Honour.Should().BeNull();
    }

    [Fact]
    public void Semester_learning_results_are_classified_per_term()
    {
        var subjects = Scored.Select(c => (Tt22Subject)new ScoredSubject(c, 2)
        {
            Hk1 = ScoredTerm.Recorded(S(c == "TOAN" ? 4.8m : 8.5m)),
            Hk2 = ScoredTerm.Recorded(S(8.5m)),
        }).Concat(Comments.Select(c => (Tt22Subject)new CommentSubject(c) { Hk1 = CommentTerm.Recorded(CommentResult.Dat), Hk2 = CommentTerm.Recorded(CommentResult.Dat) }));
        var r = new Tt22Input(7, subjects.ToList()).Evaluate();
        r.Learning.Hk1!.Value.Should().Be(new LearningLevel(Achievement.Dat, Achievement.Kha, 0, Achievement.Tot));
        r.Learning.Hk2!.Value.Result.Should().Be(Achievement.Tot);
        r.Subjects[0].Year.Should().Be(SubjectMark.Of(S(7.3m)));
        r.Learning.Year!.Value.Result.Should().Be(Achievement.Tot);
    }
}
