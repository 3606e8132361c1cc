using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>
/// A subject's terms and year from its cells, by the engines of TruongSo.Rules and never our own
/// arithmetic; nothing allocated (the whole-year recompute runs it 26,000 times for a 2,000-student school).
/// </summary>
internal static class SubjectValueRules
{
    /// <summary>TT22 scores: ĐTBmhk per term (Điều 9 khoản 1), ĐTBmcn with the school's settings.</summary>
    public static SubjectValues Scored(int regularCount, MarkSlots cells, int exempt, GradingSettings settings)
    {
        var (r1, r2) = (ScoredTerm(regularCount, cells, 1), ScoredTerm(regularCount, cells, 2));
        var hk1 = SubjectValues.IsExempt(exempt, GradingPeriod.Hk1) ? TermValue.Exempted : Value(r1);
        var hk2 = SubjectValues.IsExempt(exempt, GradingPeriod.Hk2) ? TermValue.Exempted : Value(r2);
        var year = (hk1.Exempt, hk2.Exempt) switch
        {
            (true, true) => TermValue.Exempted,
            (true, false) => hk2,
            (false, true) => hk1,
            _ when Tt22.YearAverage(r1, r2, settings) is { } avg => new(true, avg.Tenths, null, false, Lacking.None, 0),
            _ => TermValue.Incomplete((hk1.Complete ? 0 : Lacking.Hk1) | (hk2.Complete ? 0 : Lacking.Hk2)),
        };
        return new(hk1, hk2, year);
    }

    private static ScoredTermResult ScoredTerm(int regularCount, MarkSlots cells, int term)
    {
        Span<Score?> regular = stackalloc Score?[4]; // at most four ĐĐGtx a term (TT22 Điều 6 khoản 1)
        regular = regular[..regularCount];
        for (var i = 0; i < regular.Length; i++)
        {
            regular[i] = ScoreOf(cells.Tenths(term, (MarkColumn)(i + 1)));
        }
        return Tt22.SubjectTerm(regularCount, regular, ScoreOf(cells.Tenths(term, MarkColumn.Gk)), ScoreOf(cells.Tenths(term, MarkColumn.Ck)));
    }

    private static Score? ScoreOf(int? tenths) => tenths is { } t ? Score.FromTenths(t) : null;

    private static TermValue Value(ScoredTermResult r) => r.Average is { } average
        ? new(true, average.Tenths, null, false, Lacking.None, 0)
        : TermValue.Incomplete((Lacking)r.Missing, r.MissingTx);

    /// <summary>TT22 comment-only subjects: Đ/CĐ per term; the year's is HK II's (Điều 9 khoản 1 điểm a), HK I's when HK II was exempt.</summary>
    public static SubjectValues Comment(MarkSlots cells, int exempt)
    {
        var (hk1, _) = CommentTerm(cells, 1, SubjectValues.IsExempt(exempt, GradingPeriod.Hk1));
        var (hk2, result2) = CommentTerm(cells, 2, SubjectValues.IsExempt(exempt, GradingPeriod.Hk2));
        var year = hk2.Exempt ? hk1
            : Tt22.CommentYear(result2) is { } y ? new TermValue(true, null, Code(y), false, Lacking.None, 0) : hk2;
        return new(hk1, hk2, year);
    }

    private static (TermValue Value, CommentResult? Result) CommentTerm(MarkSlots cells, int term, bool exempt)
    {
        if (exempt)
        {
            return (TermValue.Exempted, null);
        }
        ReadOnlySpan<CommentResult?> tx = [CommentOf(cells.Level(term, MarkColumn.Tx1)), CommentOf(cells.Level(term, MarkColumn.Tx2))];
        var r = Tt22.CommentTerm(Tt22.CommentRegularCount, tx, CommentOf(cells.Level(term, MarkColumn.Gk)), CommentOf(cells.Level(term, MarkColumn.Ck)));
        return (r.Result is { } result ? new(true, null, Code(result), false, Lacking.None, 0) : TermValue.Incomplete((Lacking)r.Missing, r.MissingTx), r.Result);
    }

    private static CommentResult? CommentOf(string? level) => level switch { "D" => CommentResult.Dat, "CD" => CommentResult.ChuaDat, _ => null };

    private static string Code(CommentResult r) => r == CommentResult.Dat ? "D" : "CD";

    /// <summary>TT27: the end-of-term level (and test in the tested subjects); the year is the end-of-year assessment (Điều 7).</summary>
    public static SubjectValues Primary(bool endTested, MarkSlots cells, int exempt)
    {
        var hk1 = PrimaryTerm(endTested, cells, 1, SubjectValues.IsExempt(exempt, GradingPeriod.Hk1));
        var hk2 = PrimaryTerm(endTested, cells, 2, SubjectValues.IsExempt(exempt, GradingPeriod.Hk2));
        return new(hk1, hk2, hk2);
    }

    private static TermValue PrimaryTerm(bool endTested, MarkSlots cells, int term, bool exempt)
    {
        if (exempt)
        {
            return TermValue.Exempted;
        }
        var (level, test) = (cells.Level(term, MarkColumn.Ck), cells.Tenths(term, MarkColumn.Ck));
        var lacks = (level is null ? Lacking.CkLevel : 0) | (endTested && test is null ? Lacking.CkTest : 0);
        return lacks == Lacking.None ? new(true, endTested ? test : null, level, false, Lacking.None, 0) : TermValue.Incomplete(lacks);
    }
}
