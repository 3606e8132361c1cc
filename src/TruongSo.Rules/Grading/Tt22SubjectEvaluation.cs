namespace TruongSo.Rules.Grading;

/// <summary>One subject's term and year results, and what is missing (TT22 Điều 9 khoản 1).</summary>
internal static class Tt22SubjectEvaluation
{
    public static Tt22SubjectResult Evaluate(Tt22Subject subject, GradingSettings settings, Tt22Explainer? explain, ref List<MissingAssessment>? incomplete) => subject switch
    {
        ScoredSubject s => Scored(s, settings, explain, ref incomplete),
        CommentSubject c => Comment(c, explain, ref incomplete),
        _ => throw new ArgumentException($"Loại môn học không được hỗ trợ: {subject.GetType().Name}.", nameof(subject)),
    };

    private static Tt22SubjectResult Scored(ScoredSubject s, GradingSettings settings, Tt22Explainer? explain, ref List<MissingAssessment>? incomplete)
    {
        var hk1 = ScoredTerm(s, s.Hk1, Term.Hk1, explain, ref incomplete);
        var hk2 = ScoredTerm(s, s.Hk2, Term.Hk2, explain, ref incomplete);
        Score? year = s.Year;
        if (year is not null)
        {
            explain?.RecordedYear(s.Label, SubjectMark.Of(year.Value));
        }
        else if (hk1 is { } r1 && hk2 is { } r2 && Tt22.YearAverage(r1, r2, settings) is { } computed)
        {
            year = computed;
            explain?.ScoredYear(s.Label, r1, r2, computed, settings);
        }
        else if (s.Hk1 is null || s.Hk2 is null)
        {
            AddWholeTerm(s.Code, s.Hk1 is null ? Term.Hk1 : Term.Hk2, ref incomplete);
        }
        return new Tt22SubjectResult(s.Code, s.Label, SubjectKind.Scored, Mark(hk1?.Average), Mark(hk2?.Average), Mark(year));
    }

    private static ScoredTermResult? ScoredTerm(ScoredSubject s, ScoredTerm? term, Term which, Tt22Explainer? explain, ref List<MissingAssessment>? incomplete)
    {
        if (term is null)
        {
            return null;
        }
        if (term.Average is { } recorded)
        {
            explain?.RecordedTerm(s.Label, which, SubjectMark.Of(recorded));
            return ScoredTermResult.Recorded(recorded);
        }
        var result = Tt22.SubjectTerm(s.RegularCount, term.Tx, term.Gk, term.Ck);
        AddMissing(s.Code, which, result.Missing, ref incomplete);
        explain?.ScoredTerm(s.Label, which, term, s.RegularCount, result);
        return result;
    }

    private static Tt22SubjectResult Comment(CommentSubject c, Tt22Explainer? explain, ref List<MissingAssessment>? incomplete)
    {
        var hk1 = CommentTerm(c, c.Hk1, Term.Hk1, explain, ref incomplete);
        var hk2 = CommentTerm(c, c.Hk2, Term.Hk2, explain, ref incomplete);
        var year = c.Year ?? Tt22.CommentYear(hk2?.Result);
        if (c.Year is { } recorded)
        {
            explain?.RecordedYear(c.Label, SubjectMark.Of(recorded));
        }
        else if (year is { } y)
        {
            explain?.CommentYear(c.Label, y);
        }
        else if (c.Hk2 is null)
        {
            AddWholeTerm(c.Code, Term.Hk2, ref incomplete);
        }
        return new Tt22SubjectResult(c.Code, c.Label, SubjectKind.Comment, Mark(hk1?.Result), Mark(hk2?.Result), Mark(year));
    }

    private static CommentTermResult? CommentTerm(CommentSubject c, CommentTerm? term, Term which, Tt22Explainer? explain, ref List<MissingAssessment>? incomplete)
    {
        if (term is null)
        {
            return null;
        }
        if (term.Result is { } recorded)
        {
            explain?.RecordedTerm(c.Label, which, SubjectMark.Of(recorded));
            return CommentTermResult.Recorded(recorded);
        }
        var result = Tt22.CommentTerm(c.RegularCount, term.Tx, term.Gk, term.Ck);
        AddMissing(c.Code, which, result.Missing, ref incomplete);
        explain?.CommentTerm(c.Label, which, result);
        return result;
    }

    private static void AddMissing(string code, Term term, MissingParts missing, ref List<MissingAssessment>? incomplete)
    {
        if (missing == MissingParts.None)
        {
            return;
        }
        incomplete ??= [];
        if (missing.HasFlag(MissingParts.Tx))
        {
            incomplete.Add(new MissingAssessment(code, term, "tx"));
        }
        if (missing.HasFlag(MissingParts.Gk))
        {
            incomplete.Add(new MissingAssessment(code, term, "gk"));
        }
        if (missing.HasFlag(MissingParts.Ck))
        {
            incomplete.Add(new MissingAssessment(code, term, "ck"));
        }
    }

    private static void AddWholeTerm(string code, Term term, ref List<MissingAssessment>? incomplete) =>
        AddMissing(code, term, MissingParts.Tx | MissingParts.Gk | MissingParts.Ck, ref incomplete);

    private static SubjectMark? Mark(Score? s) => s is { } v ? SubjectMark.Of(v) : null;

    private static SubjectMark? Mark(CommentResult? r) => r is { } v ? SubjectMark.Of(v) : null;
}
