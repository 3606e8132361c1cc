using TruongSo.Rules.Grading;

namespace TruongSo.Tests.Rules;

/// <summary>Grade-7 students of grading-rules.md §5: 8 scored subjects and 4 comment-only ones.</summary>
internal static class Students
{
    public static readonly string[] Scored = ["TOAN", "NGUVAN", "NGOAINGU1", "KHTN", "LSDL", "TINHOC", "GDCD", "CONGNGHE"];
    public static readonly string[] Comments = ["GDTC", "NGHETHUAT", "HDTN", "GDDP"];

    public static Score S(decimal value) => Score.TryCreate(value, out var s, out var error) ? s : throw new ArgumentException(error);

    public static Score? N(decimal? value) => value is { } v ? S(v) : null;

    /// <summary>Year results only, in the order of <see cref="Scored"/>; the named comment subjects are CĐ, the rest Đ.</summary>
    public static Tt22Input Year(decimal[] scored, params string[] commentChuaDat)
    {
        var subjects = new List<Tt22Subject>();
        for (var i = 0; i < scored.Length; i++)
        {
            subjects.Add(new ScoredSubject(Scored[i], 4) { Year = S(scored[i]) });
        }
        foreach (var code in Comments)
        {
            subjects.Add(new CommentSubject(code) { Year = commentChuaDat.Contains(code) ? CommentResult.ChuaDat : CommentResult.Dat });
        }
        return new Tt22Input(7, subjects);
    }

    public static Tt22Input Promotable(this Tt22Input input, Achievement hk1 = Achievement.Tot, Achievement hk2 = Achievement.Tot, int absences = 0) =>
        input with { ConductHk1 = hk1, ConductHk2 = hk2, Absences = absences };

    public static Tt22Result Evaluate(this Tt22Input input, GradingSettings? settings = null) => Tt22Engine.Evaluate(input, settings ?? GradingSettings.Default);

    public static ScoredTermResult TermOf(int regularCount, decimal?[] tx, decimal? gk, decimal? ck) =>
        Tt22.SubjectTerm(regularCount, tx.Select(N).ToArray(), N(gk), N(ck));
}
