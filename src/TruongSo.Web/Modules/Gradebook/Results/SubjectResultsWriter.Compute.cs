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
        ArgumentNullException.ThrowIfNull(exempt);
        var bits = 0;
        foreach (var period in exempt)
        {
            bits |= SubjectValues.Bit(period);
        }
        var values = SubjectValues.Of(rules, cells, bits, settings);
        return new(values.Hk1.ToOutcome(), values.Hk2.ToOutcome(), values.Year.ToOutcome());
    }

    /// <summary>"1 TX, GK": what a term still lacks, as the sổ điểm abbreviates the columns.</summary>
    public static string MissingText(MissingParts missing, int missingTx) => TermValue.Text((Lacking)missing, missingTx);
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
