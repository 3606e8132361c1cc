namespace TruongSo.Rules.Grading;

internal sealed partial class Tt22Explainer
{
    public void Learning(Term term, IReadOnlyList<Tt22SubjectResult> subjects, ReadOnlySpan<Score> scored, int commentChuaDat, LearningLevel level)
    {
        var t = LearningTally.Empty with { CommentChuaDat = commentChuaDat };
        foreach (var s in scored)
        {
            t = t.Add(s);
        }
        var reasons = new List<string>(3);
        if (level.Computed < Achievement.Tot)
        {
            Why(reasons, "Tốt", t.CommentChuaDat > 0 ? "có môn đánh giá bằng nhận xét Chưa đạt" : null,
                t.AtLeast65 < t.Scored ? $"có {t.Scored - t.AtLeast65} môn dưới 6,5" : null,
                t.AtLeast80 < 6 ? $"chỉ {t.AtLeast80} môn từ 8,0 trở lên (cần ít nhất 6)" : null);
        }
        if (level.Computed < Achievement.Kha)
        {
            Why(reasons, "Khá", t.CommentChuaDat > 0 ? "có môn đánh giá bằng nhận xét Chưa đạt" : null,
                t.AtLeast50 < t.Scored ? $"có {t.Scored - t.AtLeast50} môn dưới 5,0" : null,
                t.AtLeast65 < 6 ? $"chỉ {t.AtLeast65} môn từ 6,5 trở lên (cần ít nhất 6)" : null);
        }
        if (level.Computed < Achievement.Dat)
        {
            Why(reasons, "Đạt", t.CommentChuaDat > 1 ? $"có {t.CommentChuaDat} môn nhận xét Chưa đạt (tối đa 1)" : null,
                t.AtLeast50 < 6 ? $"chỉ {t.AtLeast50} môn từ 5,0 trở lên (cần ít nhất 6)" : null,
                t.Below35 > 0 ? $"có {t.Below35} môn dưới 3,5" : null);
        }
        var because = reasons.Count == 0 ? "" : $" {string.Join("; ", reasons)}.";
        Lines.Add($"Kết quả học tập {Labels.Vi(term)}: {t.Scored} môn tính điểm ({t.AtLeast80} môn từ 8,0, {t.AtLeast65} môn từ 6,5, {t.AtLeast50} môn từ 5,0), "
            + $"{t.CommentChuaDat} môn nhận xét Chưa đạt.{because} → {Labels.Vi(level.Computed)} (Điều 9 khoản 2).");
        if (level.Adjusted)
        {
            Lines.Add($"Điều chỉnh theo Điều 9 khoản 3: chỉ vì môn {TriggerName(term, subjects, level)} mà kết quả bị hạ từ {Labels.Vi(level.WouldBe!.Value)} "
                + $"xuống {Labels.Vi(level.Computed)} (từ hai mức trở lên), nên được điều chỉnh lên mức liền kề: {Labels.Vi(level.Result)}.");
        }
    }

    private static void Why(List<string> reasons, string level, params string?[] causes)
    {
        var found = causes.Where(c => c is not null).ToArray();
        if (found.Length > 0)
        {
            reasons.Add($"{(reasons.Count == 0 ? "Không" : "không")} xếp {level} vì {string.Join(", ", found)}");
        }
    }

    private static string TriggerName(Term term, IReadOnlyList<Tt22SubjectResult> subjects, LearningLevel level)
    {
        var scoredIndex = 0;
        foreach (var s in subjects)
        {
            var mark = term switch { Term.Hk1 => s.Hk1, Term.Hk2 => s.Hk2, _ => s.Year };
            if (mark?.Score is not null && scoredIndex++ == level.TriggerIndex)
            {
                return s.Label;
            }
            if (level.TriggerIndex == LearningLevel.CommentTrigger && mark?.Comment == CommentResult.ChuaDat)
            {
                return s.Label;
            }
        }
        return "?";
    }

    public void Conduct(Achievement hk1, Achievement hk2, Achievement year) =>
        Lines.Add($"Kết quả rèn luyện cả năm: học kì I {Labels.Vi(hk1)}, học kì II {Labels.Vi(hk2)} → {Labels.Vi(year)} (Điều 8 khoản 2).");

    public void NoDecision(bool learning, bool conduct, bool absences)
    {
        var missing = new List<string>(3);
        if (learning)
        {
            missing.Add("kết quả học tập cả năm");
        }
        if (conduct)
        {
            missing.Add("kết quả rèn luyện hai học kì");
        }
        if (absences)
        {
            missing.Add("số buổi nghỉ học");
        }
        Lines.Add($"Chưa xét lên lớp: còn thiếu {string.Join(", ", missing)}.");
    }

    public void TooManyAbsences(int absences, int max) =>
        Lines.Add($"Nghỉ {absences} buổi, quá {max} buổi (Điều 12 khoản 1 điểm c) → ở lại lớp, bất kể lí do nghỉ; không có rèn luyện hay kiểm tra lại trong hè.");

    public void BothChuaDatRepeat() =>
        Lines.Add("Rèn luyện và học tập cả năm đều Chưa đạt; theo thiết lập của Sở, học sinh ở lại lớp mà không kiểm tra lại (Điều 14).");

    public void YearEnd(int absences, int max, YearEndDecision decision, IReadOnlyList<Tt22SubjectResult> subjects)
    {
        Lines.Add($"Nghỉ {absences} buổi (không quá {max}).");
        if (decision.Outcome == Outcome.LenLop)
        {
            Lines.Add("Rèn luyện và học tập cả năm từ Đạt trở lên → Lên lớp (Điều 12).");
            return;
        }
        if (decision.SummerConductTraining)
        {
            Lines.Add("Rèn luyện cả năm Chưa đạt → rèn luyện trong kì nghỉ hè, sau đó được đánh giá lại (Điều 13).");
        }
        if (decision.RetestSubjects.Count > 0)
        {
            var names = subjects.Where(s => decision.RetestSubjects.Contains(s.Code)).Select(s => s.Label);
            var first = decision.SummerConductTraining ? " (sau khi rèn luyện hè được đánh giá lại từ Đạt trở lên)" : "";
            Lines.Add($"Học tập cả năm Chưa đạt → kiểm tra, đánh giá lại{first} các môn: {string.Join(", ", names)} (Điều 14).");
        }
    }

    public void SummerConduct(Achievement reassessed) => Lines.Add(reassessed == Achievement.ChuaDat
        ? "Sau rèn luyện hè, rèn luyện vẫn Chưa đạt → ở lại lớp."
        : $"Sau rèn luyện hè, rèn luyện được đánh giá lại: {Labels.Vi(reassessed)}.");

    public void AfterRetests(IReadOnlyList<string> codes, Tt22Summer summer, LearningLevel level, Outcome outcome, IReadOnlyList<Tt22SubjectResult> subjects)
    {
        var results = subjects.Where(s => codes.Contains(s.Code)).Select(s => $"{s.Label} {Labels.Vi(summer.Retests[s.Code])}");
        var adjusted = level.Adjusted ? $" (đã điều chỉnh theo Điều 9 khoản 3 từ {Labels.Vi(level.Computed)})" : "";
        Lines.Add($"Kết quả kiểm tra lại thay cho kết quả cả năm: {string.Join(", ", results)}. Xếp loại lại học tập: {Labels.Vi(level.Result)}{adjusted} → {Labels.Vi(outcome)}.");
    }

    public void Honour(Honour honour, int atLeast90) => Lines.Add(honour == Grading.Honour.XuatSac
        ? $"Rèn luyện Tốt, học tập Tốt và {atLeast90} môn có ĐTBmcn từ 9,0 (cần ít nhất 6) → Học sinh Xuất sắc (Điều 15)."
        : $"Rèn luyện Tốt và học tập Tốt → Học sinh Giỏi (Điều 15); chỉ {atLeast90} môn từ 9,0 nên chưa là Học sinh Xuất sắc.");
}
