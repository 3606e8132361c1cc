using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>What a term or year still lacks: the columns of a term, the terms of a year, TT27's end-of-term level and test.</summary>
[Flags]
internal enum Lacking
{
    None = 0,
    Tx = 1, // the first three as Rules.Grading.MissingParts
    Gk = 2,
    Ck = 4,
    Hk1 = 8,
    Hk2 = 16,
    CkLevel = 32,
    CkTest = 64,
}

/// <summary>
/// A subject result for one period with what it lacks as flags: <see cref="TermOutcome"/> without its text,
/// so that the whole-year recompute (78,000 of them) compares results with stored rows and writes no string.
/// </summary>
internal readonly record struct TermValue(bool Complete, int? AverageTenths, string? Level, bool Exempt, Lacking Lacks, int MissingTx)
{
    public static readonly TermValue Exempted = new(true, null, null, true, Lacking.None, 0);

    public static TermValue Incomplete(Lacking lacks, int missingTx = 0) => new(false, null, null, false, lacks, missingTx);

    public TermOutcome ToOutcome() => Exempt ? TermOutcome.Exempted
        : new(Complete, AverageTenths, Level, false, Complete ? null : Text(Lacks, MissingTx));

    /// <summary>"1 TX, GK", "HK I, HK II", "mức CK, KT CK": as the sổ điểm abbreviates them.</summary>
    public static string Text(Lacking lacks, int missingTx)
    {
        var parts = new List<string>(2);
        if (lacks.HasFlag(Lacking.Tx))
        {
            parts.Add($"{missingTx} TX");
        }
        foreach (var (flag, text) in Names)
        {
            if (lacks.HasFlag(flag))
            {
                parts.Add(text);
            }
        }
        return string.Join(", ", parts);
    }

    private static readonly (Lacking Flag, string Text)[] Names =
        [(Lacking.Gk, "GK"), (Lacking.Ck, "CK"), (Lacking.Hk1, "HK I"), (Lacking.Hk2, "HK II"), (Lacking.CkLevel, "mức CK"), (Lacking.CkTest, "KT CK")];
}

/// <summary>A student's results in one subject as values: each term and the year.</summary>
internal readonly record struct SubjectValues(TermValue Hk1, TermValue Hk2, TermValue Year)
{
    public TermValue For(GradingPeriod period) => period switch { GradingPeriod.Hk1 => Hk1, GradingPeriod.Hk2 => Hk2, _ => Year };

    /// <summary>The bit of a period in the exemption flags <see cref="Of"/> takes.</summary>
    public static int Bit(GradingPeriod period) => 1 << (int)period;

    /// <summary>TT22 Điều 10–11: exempt that period, or for the whole year.</summary>
    public static bool IsExempt(int bits, GradingPeriod period) => (bits & (Bit(period) | Bit(GradingPeriod.Year))) != 0;

    /// <summary>The engine's results from one student's cells in one subject (see <see cref="SubjectResultsWriter.Compute"/>).</summary>
    public static SubjectValues Of(SubjectRules rules, MarkSlots cells, int exemptBits, Rules.Grading.GradingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(settings);
        return rules.Kind switch
        {
            SheetKind.Scored => SubjectValueRules.Scored(rules.RegularCount, cells, exemptBits, settings),
            SheetKind.Comment => SubjectValueRules.Comment(cells, exemptBits),
            _ => SubjectValueRules.Primary(rules.EndTested, cells, exemptBits),
        };
    }
}
