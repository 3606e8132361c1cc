using TruongSo.Rules.Grading;
using static TruongSo.Rules.Grading.Achievement;
using static TruongSo.Tests.Rules.Students;

namespace TruongSo.Tests.Rules;

/// <summary>Conduct (Điều 8), promotion and the summer (Điều 12–14): grading-rules.md §1.8, §1.9, Ex 18, 20, 21.</summary>
public sealed class YearEndTests
{
    private static readonly decimal[] AllTot = [8.0m, 8.0m, 8.0m, 8.0m, 8.0m, 8.0m, 8.0m, 8.0m];
    // Ex 21: Toán 4.2 and Anh 3.0, the other six between 5.0 and 6.0.
    private static readonly decimal[] Ex21 = [4.2m, 5.5m, 3.0m, 5.0m, 6.0m, 5.2m, 5.8m, 5.4m];

    [Theory]
    [InlineData(ChuaDat, Tot, Kha)]
    [InlineData(Tot, Dat, Kha)]
    [InlineData(Kha, Tot, Tot)]
    [InlineData(ChuaDat, Kha, Dat)]
    [InlineData(Tot, ChuaDat, ChuaDat)]
    public void Ex18_year_conduct_from_the_two_semesters(Achievement hk1, Achievement hk2, Achievement year) =>
        Tt22.ConductYear(hk1, hk2).Should().Be(year);

    [Fact]
    public void The_whole_conduct_matrix_of_Dieu_8()
    {
        // Rows HK II Tốt, Khá, Đạt, CĐ; columns HK I Tốt, Khá, Đạt, CĐ (grading-rules.md §1.8).
        Achievement[] hk1 = [Tot, Kha, Dat, ChuaDat];
        Achievement[][] table =
        [
            [Tot, Tot, Kha, Kha],
            [Kha, Kha, Kha, Dat],
            [Kha, Dat, Dat, Dat],
            [ChuaDat, ChuaDat, ChuaDat, ChuaDat],
        ];
        Achievement[] hk2 = [Tot, Kha, Dat, ChuaDat];
        for (var row = 0; row < 4; row++)
        {
            for (var col = 0; col < 4; col++)
            {
                Tt22.ConductYear(hk1[col], hk2[row]).Should().Be(table[row][col], $"HK I {hk1[col]}, HK II {hk2[row]}");
            }
        }
    }

    [Fact]
    public void Ex18_conduct_Chua_dat_sends_the_student_to_summer_training()
    {
        var input = Year(AllTot).Promotable(Tot, ChuaDat);
        var r = input.Evaluate();
        r.ConductYear.Should().Be(ChuaDat);
        r.YearEnd.Should().BeEquivalentTo(new YearEndDecision(Outcome.ChoHe, true, []));
        (input with { Summer = new Tt22Summer { Conduct = Dat } }).Evaluate().Final.Should().Be(new FinalDecision(Outcome.LenLop, Tot, Dat));
        (input with { Summer = new Tt22Summer { Conduct = ChuaDat } }).Evaluate().Final!.Outcome.Should().Be(Outcome.OLaiLop);
    }

    [Fact]
    public void Ex20_45_absences_are_allowed_46_are_not()
    {
        var at45 = Year(AllTot).Promotable(absences: 45).Evaluate();
        at45.YearEnd!.Outcome.Should().Be(Outcome.LenLop);
        at45.Honour.Should().Be(Honour.Gioi);

        var at46 = Year(AllTot).Promotable(absences: 46).Evaluate();
        at46.YearEnd.Should().BeEquivalentTo(new YearEndDecision(Outcome.OLaiLop, false, []));
        at46.Final!.Outcome.Should().Be(Outcome.OLaiLop);
        at46.Honour.Should().BeNull();
    }

    [Fact]
    public void The_absence_limit_is_a_setting() =>
        Year(AllTot).Promotable(absences: 46).Evaluate(new GradingSettings { MaxAbsences = 50 }).YearEnd!.Outcome.Should().Be(Outcome.LenLop);

    [Fact]
    public void Ex21_by_default_trains_and_retests_in_the_same_summer_conduct_first()
    {
        var input = Year(Ex21).Promotable(Kha, ChuaDat);
        var r = input.Evaluate();
        r.ConductYear.Should().Be(ChuaDat);
        r.Learning.Year!.Value.Should().Match<LearningLevel>(l => l.Result == ChuaDat && !l.Adjusted);
        r.YearEnd.Should().BeEquivalentTo(new YearEndDecision(Outcome.ChoHe, true, ["TOAN", "NGOAINGU1"]));

        var retests = new Dictionary<string, SubjectMark> { ["TOAN"] = SubjectMark.Of(S(5.0m)), ["NGOAINGU1"] = SubjectMark.Of(S(5.5m)) };
        (input with { Summer = new Tt22Summer { Conduct = Dat, Retests = retests } }).Evaluate().Final
            .Should().Be(new FinalDecision(Outcome.LenLop, Dat, Dat));
        (input with { Summer = new Tt22Summer { Conduct = ChuaDat, Retests = retests } }).Evaluate().Final!.Outcome
            .Should().Be(Outcome.OLaiLop, "the re-assessed conduct comes first");
    }

    [Fact]
    public void Ex21_read_literally_repeats_the_year()
    {
        var settings = new GradingSettings { WhenConductAndLearningChuaDat = BothChuaDatRoute.RepeatYear };
        var r = Year(Ex21).Promotable(Kha, ChuaDat).Evaluate(settings);
        r.YearEnd.Should().BeEquivalentTo(new YearEndDecision(Outcome.OLaiLop, false, []));
    }

    [Fact]
    public void A_retest_that_still_fails_repeats_the_year_and_a_missing_retest_keeps_waiting()
    {
        var input = Year(Ex21).Promotable(Kha, Tot);
        var fail = new Dictionary<string, SubjectMark> { ["TOAN"] = SubjectMark.Of(S(5.0m)), ["NGOAINGU1"] = SubjectMark.Of(S(3.0m)) };
        (input with { Summer = new Tt22Summer { Retests = fail } }).Evaluate().Final!.Outcome.Should().Be(Outcome.OLaiLop);

        var partial = (input with { Summer = new Tt22Summer { Retests = new Dictionary<string, SubjectMark> { ["TOAN"] = SubjectMark.Of(S(6.0m)) } } }).Evaluate();
        partial.Final!.Outcome.Should().Be(Outcome.ChoHe);
        partial.Incomplete.Should().ContainEquivalentOf(new MissingAssessment("NGOAINGU1", Term.Year, "retest"));
    }

    [Fact]
    public void Without_conduct_or_absences_no_promotion_is_decided()
    {
        var r = Year(AllTot).Evaluate();
        r.YearEnd.Should().BeNull();
        r.Final.Should().BeNull();
        r.Learning.Year!.Value.Result.Should().Be(Tot);
    }

    [Fact]
    public void Missing_assessments_are_listed_and_leave_dependent_results_empty()
    {
        var toan = new ScoredSubject("TOAN", 4)
        {
            Hk1 = new ScoredTerm([S(8), S(8), S(8), S(8)], null, S(8)),
            Hk2 = new ScoredTerm([S(8), S(8)], S(8), S(8)),
        };
        var r = new Tt22Input(7, [toan]).Evaluate();
        r.Subjects[0].Should().Be(new Tt22SubjectResult("TOAN", "TOAN", SubjectKind.Scored, null, null, null));
        r.Incomplete.Should().BeEquivalentTo([new MissingAssessment("TOAN", Term.Hk1, "gk"), new MissingAssessment("TOAN", Term.Hk2, "tx")]);
        r.Learning.Should().Be(new Tt22LearningResults(null, null, null));
        r.Explanation.Should().Contain(l => l.Contains("chưa đủ điểm"));
    }
}
