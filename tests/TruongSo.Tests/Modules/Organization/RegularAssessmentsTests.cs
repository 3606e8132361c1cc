using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Tests.Modules.Organization;

/// <summary>TT22/2021 Điều 6 khoản 1, and the worked counts of grading-rules.md §1.3.</summary>
public sealed class RegularAssessmentsTests
{
    [Theory]
    [InlineData(35, 2)]   // GDCD, Tin học THCS, GDQP&AN
    [InlineData(36, 3)]
    [InlineData(52, 3)]   // Công nghệ 8–9, Lịch sử THPT
    [InlineData(70, 3)]   // THPT electives
    [InlineData(71, 4)]
    [InlineData(105, 4)]  // Ngoại ngữ 1, Ngữ văn THPT
    [InlineData(140, 4)]  // Toán, Ngữ văn, KHTN THCS
    [InlineData(1, 2)]
    public void Scored_subjects_count_by_periods_per_year(int periods, int expected) =>
        RegularAssessments.CountFor(SubjectAssessment.Scored, periods).Should().Be(expected);

    [Theory]
    [InlineData(35)]
    [InlineData(70)]
    [InlineData(105)] // Hoạt động trải nghiệm, hướng nghiệp
    public void Comment_only_subjects_always_have_two(int periods) =>
        RegularAssessments.CountFor(SubjectAssessment.CommentOnly, periods).Should().Be(2);

    [Fact]
    public void A_subject_counts_per_grade_from_grade_6_only()
    {
        var technology = new SubjectRef(Guid.NewGuid(), Guid.NewGuid(), "CONGNGHE", "Công nghệ", SubjectAssessment.Scored,
            new Dictionary<int, int> { [5] = 70, [7] = 35, [8] = 52 });

        RegularAssessments.CountFor(technology, 5).Should().BeNull("primary follows TT27, which counts no ĐĐGtx");
        RegularAssessments.CountFor(technology, 6).Should().BeNull("not taught in grade 6 here");
        RegularAssessments.CountFor(technology, 7).Should().Be(2);
        RegularAssessments.CountFor(technology, 8).Should().Be(3);
    }
}
