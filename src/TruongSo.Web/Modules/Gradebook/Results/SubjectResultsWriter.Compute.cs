using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>
/// A subject result for one period: the average (tenths) or level, or "chưa đủ điểm" with what is
/// missing (grading-rules.md §1.5: nothing is computed from incomplete marks), or exempt (Điều 10–11).
/// </summary>
public sealed record TermOutcome(bool Complete, int? AverageTenths, string? Level, bool Exempt, string? Missing)
{
    public static readonly TermOutcome Exempted = new(true, null, null, true, null);

    /// <summary>As the sổ điểm shows it: "7.7", "Đ", "CĐ", "T · 9"; null while incomplete or exempt.</summary>
    public string? Display => Exempt || !Complete ? null
        : Level is null ? Score.FromTenths(AverageTenths!.Value).ToString()
        : AverageTenths is { } test ? $"{LevelText(Level)} · {test / 10}" : LevelText(Level);

    public static string LevelText(string level) => level switch { "D" => "Đ", "CD" => "CĐ", _ => level };
}

/// <summary>A student's results in one subject: each term and the year.</summary>
public sealed record StudentSubjectOutcome(TermOutcome Hk1, TermOutcome Hk2, TermOutcome Year)
{
    public TermOutcome For(GradingPeriod period) => period switch { GradingPeriod.Hk1 => Hk1, GradingPeriod.Hk2 => Hk2, _ => Year };
}

public sealed partial class SubjectResultsWriter
{
    /// <summary>
    /// The engine's results from one student's marks in one subject and year. Never our own arithmetic:
    /// TT22 terms and year by <see cref="Tt22"/> with the school's settings; TT27 takes the end-of-term level
    /// and test (the year is the end-of-year assessment, Điều 7).
    /// </summary>
    public static StudentSubjectOutcome Compute(SubjectRules rules, IEnumerable<Mark> marks, IReadOnlySet<GradingPeriod> exempt, GradingSettings settings) =>
        FromCells(rules, MarkSlots.Of(marks), exempt, settings);

    /// <summary>As above, from the student's cells already laid out (the whole-year recompute fills them for every student at once).</summary>
    public static StudentSubjectOutcome FromCells(SubjectRules rules, MarkSlots cells, IReadOnlySet<GradingPeriod> exempt, GradingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(exempt);
        ArgumentNullException.ThrowIfNull(settings);
        var exemptYear = exempt.Count > 0 && exempt.Contains(GradingPeriod.Year);
        bool Exempt(GradingPeriod p) => exemptYear || (exempt.Count > 0 && exempt.Contains(p));
        return rules.Kind switch
        {
            SheetKind.Scored => Scored(rules, cells, Exempt, settings),
            SheetKind.Comment => Comment(cells, Exempt),
            _ => Primary(rules, cells, Exempt),
        };
    }

    private static StudentSubjectOutcome Scored(SubjectRules rules, MarkSlots cells, Func<GradingPeriod, bool> exempt, GradingSettings settings)
    {
        Score? S(int term, MarkColumn c) => cells.Tenths(term, c) is { } t ? Score.FromTenths(t) : null;
        ScoredTermResult Term(int t)
        {
            var regular = new Score?[rules.RegularCount];
            for (var i = 0; i < regular.Length; i++)
            {
                regular[i] = S(t, (MarkColumn)(i + 1));
            }
            return Tt22.SubjectTerm(rules.RegularCount, regular, S(t, MarkColumn.Gk), S(t, MarkColumn.Ck));
        }
        var (r1, r2) = (Term(1), Term(2));
        TermOutcome Out(ScoredTermResult r, GradingPeriod p) => exempt(p) ? TermOutcome.Exempted
            : new(r.IsComplete, r.Average?.Tenths, null, false, r.IsComplete ? null : MissingText(r.Missing, r.MissingTx));
        var (hk1, hk2) = (Out(r1, GradingPeriod.Hk1), Out(r2, GradingPeriod.Hk2));
        TermOutcome year = (hk1.Exempt, hk2.Exempt) switch
        {
            (true, true) => TermOutcome.Exempted,
            (true, false) => hk2,
            (false, true) => hk1,
            _ when Tt22.YearAverage(r1, r2, settings) is { } avg => new(true, avg.Tenths, null, false, null),
            _ => new(false, null, null, false, YearMissing(hk1.Complete, hk2.Complete)),
        };
        return new(hk1, hk2, year);
    }

    private static string YearMissing(bool hk1, bool hk2) => (hk1, hk2) switch
    {
        (false, false) => "HK I, HK II",
        (false, true) => "HK I",
        (true, false) => "HK II",
        _ => "",
    };

    private static StudentSubjectOutcome Comment(MarkSlots cells, Func<GradingPeriod, bool> exempt)
    {
        CommentResult? C(int term, MarkColumn c) => cells.Level(term, c) switch { "D" => CommentResult.Dat, "CD" => CommentResult.ChuaDat, _ => null };
        static string Code(CommentResult r) => r == CommentResult.Dat ? "D" : "CD";
        (TermOutcome Outcome, CommentResult? Result) Term(int t, GradingPeriod p)
        {
            if (exempt(p))
            {
                return (TermOutcome.Exempted, null);
            }
            var r = Tt22.CommentTerm(Tt22.CommentRegularCount, [C(t, MarkColumn.Tx1), C(t, MarkColumn.Tx2)], C(t, MarkColumn.Gk), C(t, MarkColumn.Ck));
            return (r.Result is { } result ? new(true, null, Code(result), false, null) : new(false, null, null, false, MissingText(r.Missing, r.MissingTx)), r.Result);
        }
        var (hk1, hk2) = (Term(1, GradingPeriod.Hk1), Term(2, GradingPeriod.Hk2));
        // Điều 9 khoản 1 điểm a: the year's result is HK II's; HK I plays no part (unless HK II was exempt).
        var year = hk2.Outcome.Exempt ? hk1.Outcome
            : Tt22.CommentYear(hk2.Result) is { } y ? new TermOutcome(true, null, Code(y), false, null) : hk2.Outcome;
        return new(hk1.Outcome, hk2.Outcome, year);
    }

    private static StudentSubjectOutcome Primary(SubjectRules rules, MarkSlots cells, Func<GradingPeriod, bool> exempt)
    {
        TermOutcome Term(int t, GradingPeriod p)
        {
            if (exempt(p))
            {
                return TermOutcome.Exempted;
            }
            var (level, test) = (cells.Level(t, MarkColumn.Ck), cells.Tenths(t, MarkColumn.Ck));
            var missing = new List<string>();
            if (level is null)
            {
                missing.Add("mức CK");
            }
            if (rules.EndTested && test is null)
            {
                missing.Add("KT CK");
            }
            return missing.Count == 0 ? new(true, rules.EndTested ? test : null, level, false, null) : new(false, null, null, false, string.Join(", ", missing));
        }
        var (hk1, hk2) = (Term(1, GradingPeriod.Hk1), Term(2, GradingPeriod.Hk2));
        return new(hk1, hk2, hk2); // TT27 Điều 7: the end-of-year assessment is the year's
    }

    /// <summary>"1 TX, GK": what a term still lacks, as the sổ điểm abbreviates the columns.</summary>
    public static string MissingText(MissingParts missing, int missingTx)
    {
        var parts = new List<string>();
        if (missing.HasFlag(MissingParts.Tx))
        {
            parts.Add($"{missingTx} TX");
        }
        if (missing.HasFlag(MissingParts.Gk))
        {
            parts.Add("GK");
        }
        if (missing.HasFlag(MissingParts.Ck))
        {
            parts.Add("CK");
        }
        return string.Join(", ", parts);
    }
}

/// <summary>
/// The twelve cells (two terms × six columns) of one student's subject, as a window on flat arrays:
/// the whole-year recompute lays out every student's cells once instead of a dictionary per student.
/// </summary>
public readonly struct MarkSlots(int?[] tenths, string?[] levels, int offset)
{
    public const int Size = 12;

    public static int Slot(int term, MarkColumn column) => ((term - 1) * 6) + (int)column - 1;

    public int? Tenths(int term, MarkColumn column) => tenths[offset + Slot(term, column)];

    public string? Level(int term, MarkColumn column) => levels[offset + Slot(term, column)];

    public static MarkSlots Of(IEnumerable<Mark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var (t, l) = (new int?[Size], new string?[Size]);
        foreach (var m in marks)
        {
            if (m.Term is 1 or 2)
            {
                (t[Slot(m.Term, m.Column)], l[Slot(m.Term, m.Column)]) = (m.Tenths, m.Level);
            }
        }
        return new(t, l, 0);
    }
}
