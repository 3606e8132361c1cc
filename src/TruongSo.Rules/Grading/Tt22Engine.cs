namespace TruongSo.Rules.Grading;

/// <summary>
/// A whole school year of one student under TT22/2021: subject results (Điều 9.1), learning per
/// term and year with the 9.3 adjustment, year conduct (Điều 8), promotion and the summer
/// (Điều 12–14), titles (Điều 15). Pure and allocation-light: the gradebook runs it for whole schools.
/// </summary>
public static class Tt22Engine
{
    private static readonly IReadOnlyList<MissingAssessment> NothingMissing = [];
    private static readonly IReadOnlyList<string> NoExplanation = [];

    /// <param name="explain">Write the Vietnamese steps; off when only the results are needed.</param>
    public static Tt22Result Evaluate(Tt22Input input, GradingSettings settings, bool explain = true)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(settings);
        var explainer = explain ? new Tt22Explainer() : null;
        List<MissingAssessment>? incomplete = null;
        var subjects = new Tt22SubjectResult[input.Subjects.Count];
        for (var i = 0; i < subjects.Length; i++)
        {
            subjects[i] = Tt22SubjectEvaluation.Evaluate(input.Subjects[i], settings, explainer, ref incomplete);
        }

        var learning = new Tt22LearningResults(
            Learning(input.Subjects, subjects, Term.Hk1, settings, explainer),
            Learning(input.Subjects, subjects, Term.Hk2, settings, explainer),
            Learning(input.Subjects, subjects, Term.Year, settings, explainer));
        var conduct = Conduct(input, explainer, ref incomplete);
        var yearEnd = Tt22YearEnd.Decide(input, subjects, learning.Year, conduct, settings, explainer);
        var final = Tt22YearEnd.Final(input, subjects, yearEnd, learning.Year, conduct, settings, explainer, ref incomplete);
        var honour = Tt22YearEnd.Honour(input, subjects, learning.Year, conduct, settings, explainer);
        return new Tt22Result(subjects, learning, conduct, yearEnd, final, honour,
            incomplete ?? NothingMissing, explainer?.Lines ?? NoExplanation);
    }

    /// <summary>
    /// Kết quả học tập of a term (from ĐTBmhk) or of the year (from ĐTBmcn). A term counts the
    /// subjects given for that term; null while any counted subject is incomplete.
    /// </summary>
    internal static LearningLevel? Learning(IReadOnlyList<Tt22Subject> inputs, IReadOnlyList<Tt22SubjectResult> subjects, Term term, GradingSettings settings, Tt22Explainer? explain)
    {
        Span<Score> scored = subjects.Count <= 64 ? stackalloc Score[subjects.Count] : new Score[subjects.Count];
        var count = 0;
        var commentChuaDat = 0;
        var any = false;
        for (var i = 0; i < subjects.Count; i++)
        {
            var s = subjects[i];
            var mark = term switch { Term.Hk1 => s.Hk1, Term.Hk2 => s.Hk2, _ => s.Year };
            if (mark is not { } m)
            {
                if (term == Term.Year || GivenFor(inputs[i], term))
                {
                    return null;
                }
                continue;
            }
            any = true;
            if (m.Score is { } score)
            {
                scored[count++] = score;
            }
            else if (m.Comment == CommentResult.ChuaDat)
            {
                commentChuaDat++;
            }
        }
        if (!any)
        {
            return null;
        }
        var level = Tt22Learning.Classify(scored[..count], commentChuaDat, settings);
        explain?.Learning(term, subjects, scored[..count], commentChuaDat, level);
        return level;
    }

    // A subject given for a term but not computable (missing assessments) blocks the term's level;
    // one given only by its year result is left out of the terms.
    private static bool GivenFor(Tt22Subject subject, Term term) => subject switch
    {
        ScoredSubject s => (term == Term.Hk1 ? s.Hk1 : s.Hk2) is not null,
        CommentSubject c => (term == Term.Hk1 ? c.Hk1 : c.Hk2) is not null,
        _ => false,
    };

    private static Achievement? Conduct(Tt22Input input, Tt22Explainer? explain, ref List<MissingAssessment>? incomplete)
    {
        if (input.ConductHk1 is { } hk1 && input.ConductHk2 is { } hk2)
        {
            var year = Tt22.ConductYear(hk1, hk2);
            explain?.Conduct(hk1, hk2, year);
            return year;
        }
        if (input.ConductHk1 is not null || input.ConductHk2 is not null)
        {
            (incomplete ??= []).Add(new MissingAssessment("conduct", input.ConductHk1 is null ? Term.Hk1 : Term.Hk2, "conduct"));
        }
        return null;
    }
}
