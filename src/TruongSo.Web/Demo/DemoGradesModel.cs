using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;

namespace TruongSo.Web.Demo;

/// <summary>What the demo lets happen to a student in the finished year, so that every outcome has an example.</summary>
internal enum DemoFate { Ordinary, WeakSubject, FailedComment, ConductTraining, Repeats }

/// <summary>
/// The random side of the demo's gradebook: a student's ability is drawn once (and kept across
/// years), each subject adds a personal offset, each mark some noise; TX marks in halves, GK and
/// CK in tenths, as teachers give them. Only the students given a fate fall below the thresholds.
/// </summary>
internal sealed class DemoGradesModel(Random random)
{
    private readonly Dictionary<Guid, decimal> abilities = [];
    private readonly Dictionary<(Guid, Guid), decimal> offsets = [];

    /// <summary>The demo parent's THCS child (hocsinh) is a good student.</summary>
    public void SetAbility(Guid studentId, decimal ability) => abilities[studentId] = ability;

    public decimal Ability(Guid studentId) => abilities.TryGetValue(studentId, out var a) ? a : abilities[studentId] = Clamp(Gaussian(7.0, 1.0), 5.2m, 9.6m);

    /// <summary>The marks of one student in one subject and term; <paramref name="txFilled"/> of the ĐĐGtx (and GK, CK when <paramref name="exams"/>).</summary>
    public IEnumerable<(MarkColumn Column, int? Tenths, string? Level)> Term(Guid studentId, Guid subjectId, SubjectRules rules, DemoFate fate, bool weak, int term, int txFilled, bool exams)
    {
        var ability = Ability(studentId);
        var offset = offsets.TryGetValue((studentId, subjectId), out var o) ? o : offsets[(studentId, subjectId)] = Clamp(Gaussian(0, 0.6), -1.5m, 1.5m);
        // TT27 has no absence rule: the primary pupil who repeats did not complete the programme.
        var center = weak || (rules.Kind == SheetKind.Primary && fate == DemoFate.Repeats) ? 3.0m : Math.Max(5.3m, ability + offset);
        switch (rules.Kind)
        {
            case SheetKind.Primary:
                foreach (var column in exams ? new[] { MarkColumn.Gk, MarkColumn.Ck } : [MarkColumn.Gk])
                {
                    var tested = column == MarkColumn.Ck ? rules.EndTested : rules.MidTested;
                    var score = Score(center, 1.0, 1m);
                    yield return (column, tested ? (int)Math.Max(5, score) * 10 : null, score >= 8.5m ? "T" : score >= 5 ? "H" : "C");
                }
                yield break;
            case SheetKind.Comment:
                var failing = fate == DemoFate.FailedComment && weak;
                foreach (var column in Columns(rules.RegularCount, txFilled, exams))
                {
                    yield return (column, null, failing && (term == 2 || column == MarkColumn.Ck) ? "CD" : random.NextDouble() < 0.02 && column < MarkColumn.Gk ? "CD" : "D");
                }
                yield break;
            default:
                foreach (var column in Columns(rules.RegularCount, txFilled, exams))
                {
                    yield return (column, (int)(Score(center, column < MarkColumn.Gk ? 1.0 : 0.8, column < MarkColumn.Gk ? 0.5m : 0.1m) * 10), null);
                }
                yield break;
        }
    }

    private static IEnumerable<MarkColumn> Columns(int regular, int txFilled, bool exams) =>
        Enumerable.Range(1, Math.Min(regular, txFilled)).Select(i => (MarkColumn)i).Concat(exams ? [MarkColumn.Gk, MarkColumn.Ck] : []);

    /// <summary>Conduct for a term: mostly Tốt or Khá, better with ability; Chưa đạt only where fated (HK II).</summary>
    public string Conduct(Guid studentId, DemoFate fate, int term)
    {
        if (fate == DemoFate.ConductTraining)
        {
            return term == 2 ? "ChuaDat" : "Dat";
        }
        var r = random.NextDouble() - (double)(Ability(studentId) - 7m) * 0.08;
        return r < 0.66 ? "Tot" : r < 0.93 ? "Kha" : "Dat";
    }

    /// <summary>Sessions missed in a term: mostly none or a few; the student who repeats missed more than 45 in the year (TT22 Điều 12).</summary>
    public int Absences(DemoFate fate, int term) => fate == DemoFate.Repeats ? (term == 1 ? 21 : 27) : random.NextDouble() switch
    {
        < 0.45 => 0,
        < 0.80 => random.Next(1, 3),
        < 0.97 => random.Next(3, 7),
        _ => random.Next(7, 12),
    };

    /// <summary>A summer re-test that passes: 5.0 to 6.5.</summary>
    public int RetestTenths() => random.Next(50, 66);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private decimal Score(decimal center, double spread, decimal step)
    {
        var raw = Clamp(center + Gaussian(0, spread), 0, 10);
        return Math.Round(raw / step, MidpointRounding.AwayFromZero) * step;
    }

    private decimal Gaussian(double mean, double sd)
    {
        var u = 1.0 - random.NextDouble();
        var v = random.NextDouble();
        return (decimal)(mean + (sd * Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v)));
    }

    private static decimal Clamp(decimal value, decimal min, decimal max) => Math.Min(max, Math.Max(min, value));
}
