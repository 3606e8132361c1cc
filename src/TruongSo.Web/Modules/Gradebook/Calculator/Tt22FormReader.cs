using TruongSo.Rules.Grading;

namespace TruongSo.Web.Modules.Gradebook.Calculator;

/// <summary>The TT22 form into the engine's input. A row left entirely empty is not counted.</summary>
internal static class Tt22FormReader
{
    public static readonly string[] Terms = ["hk1", "hk2"];

    public static Tt22Input Read(CalculatorForm form, int grade, IReadOnlyList<CalculatorRow> rows)
    {
        var subjects = new List<Tt22Subject>(rows.Count);
        var retests = new Dictionary<string, SubjectMark>();
        foreach (var row in rows)
        {
            if (row.Kind == SubjectKind.Scored)
            {
                var hk1 = ScoredTerm(form, row, "hk1", "HK I");
                var hk2 = ScoredTerm(form, row, "hk2", "HK II");
                if (hk1 is not null || hk2 is not null)
                {
                    subjects.Add(new ScoredSubject(row.Code, row.RegularCount) { Name = row.Name, Hk1 = hk1, Hk2 = hk2 });
                }
                if (form.Score(row.Field("kt"), $"{row.Name}, kiểm tra lại") is { } retest)
                {
                    retests[row.Code] = SubjectMark.Of(retest);
                }
            }
            else
            {
                var hk1 = CommentTerm(form, row, "hk1");
                var hk2 = CommentTerm(form, row, "hk2");
                if (hk1 is not null || hk2 is not null)
                {
                    subjects.Add(new CommentSubject(row.Code) { Name = row.Name, Hk1 = hk1, Hk2 = hk2 });
                }
                if (form.Comment(row.Field("kt")) is { } retest)
                {
                    retests[row.Code] = SubjectMark.Of(retest);
                }
            }
        }
        var summerConduct = form.Level("he.rl");
        return new Tt22Input(grade, subjects)
        {
            ConductHk1 = form.Level("rl.hk1"),
            ConductHk2 = form.Level("rl.hk2"),
            Absences = form.Whole("vang", "Số buổi nghỉ", 400),
            Summer = summerConduct is null && retests.Count == 0 ? null : new Tt22Summer { Conduct = summerConduct, Retests = retests },
        };
    }

    private static ScoredTerm? ScoredTerm(CalculatorForm form, CalculatorRow row, string term, string termName)
    {
        var names = Enumerable.Range(0, row.RegularCount).Select(j => row.Field($"{term}.tx{j}")).Append(row.Field($"{term}.gk")).Append(row.Field($"{term}.ck"));
        if (!names.Any(form.Has))
        {
            return null;
        }
        var tx = new Score?[row.RegularCount];
        for (var j = 0; j < tx.Length; j++)
        {
            tx[j] = form.Score(row.Field($"{term}.tx{j}"), $"{row.Name}, {termName}, thường xuyên {j + 1}");
        }
        return new ScoredTerm(tx, form.Score(row.Field($"{term}.gk"), $"{row.Name}, {termName}, giữa kì"), form.Score(row.Field($"{term}.ck"), $"{row.Name}, {termName}, cuối kì"));
    }

    private static CommentTerm? CommentTerm(CalculatorForm form, CalculatorRow row, string term)
    {
        var tx = new CommentResult?[row.RegularCount];
        for (var j = 0; j < tx.Length; j++)
        {
            tx[j] = form.Comment(row.Field($"{term}.tx{j}"));
        }
        var gk = form.Comment(row.Field($"{term}.gk"));
        var ck = form.Comment(row.Field($"{term}.ck"));
        return tx.All(t => t is null) && gk is null && ck is null ? null : new CommentTerm(tx, gk, ck);
    }
}
