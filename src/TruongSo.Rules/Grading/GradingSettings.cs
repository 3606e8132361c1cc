namespace TruongSo.Rules.Grading;

/// <summary>
/// The points where the regulation is ambiguous and a province (Sở GD&amp;ĐT) decides; stored per
/// province by the gradebook. Defaults follow grade-calculator-api.md ("Defaults where the
/// regulation is ambiguous"); each property names the open point of grading-rules.md §6.
/// </summary>
public sealed record GradingSettings
{
    public static readonly GradingSettings Default = new();

    /// <summary>
    /// ĐTBmcn = (ĐTBmhkI + 2 × ĐTBmhkII) / 3 (TT22 Điều 9 khoản 1) from the recorded, one-decimal
    /// semester averages (what the sổ điểm and học bạ show) or from the unrounded ones (§6.2, Ex 6).
    /// </summary>
    public YearAverageSource YearAverageFrom { get; init; } = YearAverageSource.RecordedSemesterAverages;

    /// <summary>
    /// Điều 9 khoản 3 "được điều chỉnh lên mức liền kề": one level above the computed level (as TT58
    /// spelled out) or one level below the would-be level; they differ only on a three-level drop (§6.1).
    /// </summary>
    public AdjustmentTarget AdjustTo { get; init; } = AdjustmentTarget.OneAboveComputed;

    /// <summary>
    /// Whether one comment-only subject rated Chưa đạt can trigger the Điều 9 khoản 3 adjustment
    /// ("01 môn học" read as any subject; §6.1, Ex 15).
    /// </summary>
    public bool CommentSubjectCanTriggerAdjustment { get; init; } = true;

    /// <summary>
    /// Year conduct Chưa đạt together with year learning Chưa đạt (Điều 13 and 14, §6.4, Ex 21):
    /// rèn luyện hè and re-tests in the same summer, the re-assessed conduct first; or ở lại lớp at once.
    /// </summary>
    public BothChuaDatRoute WhenConductAndLearningChuaDat { get; init; } = BothChuaDatRoute.TrainThenRetestSameSummer;

    /// <summary>
    /// Whether the Điều 15 titles "Học sinh Xuất sắc" and "Học sinh Giỏi" (TT27 Điều 13 "Học sinh
    /// Xuất sắc") are still awarded after Thông tư 19/2025 (§6.5, unresolved).
    /// </summary>
    public bool AwardTitles { get; init; } = true;

    /// <summary>
    /// Điều 12 khoản 1 điểm c: at most this many absence sessions (buổi) in the year, counted on the
    /// one-session-a-day plan, with or without permission; 46 means ở lại lớp (§6.6).
    /// </summary>
    public int MaxAbsences { get; init; } = 45;
}

public enum YearAverageSource
{
    /// <summary>Từ ĐTBmhk đã làm tròn (đã ghi vào sổ).</summary>
    RecordedSemesterAverages,

    /// <summary>Từ ĐTBmhk chưa làm tròn.</summary>
    UnroundedSemesterAverages,
}

public enum AdjustmentTarget
{
    /// <summary>Nâng mức đã xếp lên một mức.</summary>
    OneAboveComputed,

    /// <summary>Xếp ở mức ngay dưới mức lẽ ra đạt được.</summary>
    OneBelowWouldBe,
}

public enum BothChuaDatRoute
{
    /// <summary>Rèn luyện hè, đánh giá lại rèn luyện trước; nếu Đạt thì kiểm tra lại các môn trong cùng kì hè.</summary>
    TrainThenRetestSameSummer,

    /// <summary>Ở lại lớp, không kiểm tra lại (đọc theo chữ Điều 14).</summary>
    RepeatYear,
}
