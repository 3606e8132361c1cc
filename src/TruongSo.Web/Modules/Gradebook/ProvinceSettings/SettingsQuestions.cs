using TruongSo.Rules.Grading;

namespace TruongSo.Web.Modules.Gradebook.ProvinceSettings;

/// <summary>One open point of grading-rules.md §6, as the Sở officer is asked it: the options, the default marked.</summary>
public sealed record SettingsQuestion(string Key, string Title, string Explanation, IReadOnlyList<(string Value, string Label, bool IsDefault)> Options,
    Func<GradingSettings, string> Current);

public static class SettingsQuestions
{
    public const string YearAverage = "yearAverageFrom";
    public const string Adjust = "adjustTo";
    public const string CommentTrigger = "commentSubjectCanTriggerAdjustment";
    public const string BothChuaDat = "whenConductAndLearningChuaDat";
    public const string Titles = "awardTitles";

    public static readonly IReadOnlyList<SettingsQuestion> All =
    [
        new(YearAverage, "Điểm trung bình môn cả năm (Điều 9 khoản 1)",
            "ĐTBmcn = (ĐTBmhkI + 2 × ĐTBmhkII) / 3. Tính từ điểm học kì đã làm tròn (đã ghi vào sổ, học bạ) hay từ điểm chưa làm tròn? Hai cách có thể chênh 0,1 điểm ở ngưỡng 6,5 hoặc 8,0.",
            [(nameof(YearAverageSource.RecordedSemesterAverages), "Từ điểm trung bình học kì đã làm tròn", true),
             (nameof(YearAverageSource.UnroundedSemesterAverages), "Từ điểm trung bình học kì chưa làm tròn", false)],
            s => s.YearAverageFrom.ToString()),
        new(Adjust, "Điều chỉnh mức kết quả học tập (Điều 9 khoản 3)",
            "Khi chỉ một môn kéo kết quả xuống từ hai mức trở lên, kết quả được nâng lên “mức liền kề”: một mức trên mức đã xếp, hay mức ngay dưới mức lẽ ra đạt được? Hai cách chỉ khác nhau khi bị kéo xuống ba mức.",
            [(nameof(AdjustmentTarget.OneAboveComputed), "Nâng mức đã xếp lên một mức", true),
             (nameof(AdjustmentTarget.OneBelowWouldBe), "Xếp ở mức ngay dưới mức lẽ ra đạt được", false)],
            s => s.AdjustTo.ToString()),
        new(CommentTrigger, "Môn đánh giá bằng nhận xét và việc điều chỉnh (Điều 9 khoản 3)",
            "Một môn đánh giá bằng nhận xét bị Chưa đạt có được coi là “01 môn học” làm kết quả bị kéo xuống để điều chỉnh không?",
            [("true", "Có: mọi môn học đều tính", true), ("false", "Không: chỉ các môn đánh giá bằng điểm số", false)],
            s => s.CommentSubjectCanTriggerAdjustment ? "true" : "false"),
        new(BothChuaDat, "Rèn luyện và học tập cùng Chưa đạt (Điều 13, 14)",
            "Học sinh có kết quả rèn luyện cả năm và kết quả học tập cả năm đều Chưa đạt: rèn luyện hè rồi kiểm tra lại trong cùng kì hè, hay ở lại lớp ngay?",
            [(nameof(BothChuaDatRoute.TrainThenRetestSameSummer), "Rèn luyện hè, đánh giá lại rèn luyện trước; nếu Đạt thì kiểm tra lại các môn", true),
             (nameof(BothChuaDatRoute.RepeatYear), "Ở lại lớp, không kiểm tra lại (đọc theo chữ Điều 14)", false)],
            s => s.WhenConductAndLearningChuaDat.ToString()),
        new(Titles, "Danh hiệu Học sinh Xuất sắc, Học sinh Giỏi (Điều 15)",
            "Thông tư 19/2025 về khen thưởng học sinh có thể đã thay các danh hiệu này. Có tiếp tục xét danh hiệu cuối năm không?",
            [("true", "Có, xét danh hiệu", true), ("false", "Không xét danh hiệu", false)],
            s => s.AwardTitles ? "true" : "false"),
    ];
}
