namespace TruongSo.Rules.Grading;

/// <summary>Promotion (Điều 12), summer training (13), summer re-tests (14) and titles (15).</summary>
internal static class Tt22YearEnd
{
    private static readonly IReadOnlyList<string> NoRetests = [];

    public static YearEndDecision? Decide(Tt22Input input, Tt22SubjectResult[] subjects, LearningLevel? learning, Achievement? conduct, GradingSettings settings, Tt22Explainer? explain)
    {
        if (learning is not { } l || conduct is not { } c || input.Absences is not { } absences)
        {
            explain?.NoDecision(learning is null, conduct is null, input.Absences is null);
            return null;
        }
        if (absences > settings.MaxAbsences)
        {
            explain?.TooManyAbsences(absences, settings.MaxAbsences);
            return new YearEndDecision(Outcome.OLaiLop, false, NoRetests);
        }
        var training = c == Achievement.ChuaDat;
        var retest = l.Result == Achievement.ChuaDat;
        if (training && retest && settings.WhenConductAndLearningChuaDat == BothChuaDatRoute.RepeatYear)
        {
            explain?.BothChuaDatRepeat();
            return new YearEndDecision(Outcome.OLaiLop, false, NoRetests);
        }
        var retests = retest ? RetestSubjects(subjects) : NoRetests;
        var decision = new YearEndDecision(training || retest ? Outcome.ChoHe : Outcome.LenLop, training, retests);
        explain?.YearEnd(absences, settings.MaxAbsences, decision, subjects);
        return decision;
    }

    /// <summary>Điều 14: every comment subject rated CĐ and every scored subject with ĐTBmcn below 5.0.</summary>
    private static List<string> RetestSubjects(Tt22SubjectResult[] subjects)
    {
        var codes = new List<string>();
        foreach (var s in subjects)
        {
            if (s.Year is { } y && (y.Comment == CommentResult.ChuaDat || y.Score?.Tenths < 50))
            {
                codes.Add(s.Code);
            }
        }
        return codes;
    }

    public static FinalDecision? Final(Tt22Input input, Tt22SubjectResult[] subjects, YearEndDecision? yearEnd, LearningLevel? learning, Achievement? conduct,
        GradingSettings settings, Tt22Explainer? explain, ref List<MissingAssessment>? incomplete)
    {
        if (yearEnd is null || learning is not { } l || conduct is not { } c)
        {
            return null;
        }
        if (yearEnd.Outcome != Outcome.ChoHe || input.Summer is not { } summer)
        {
            return new FinalDecision(yearEnd.Outcome, l.Result, c);
        }
        var newConduct = c;
        if (yearEnd.SummerConductTraining)
        {
            if (summer.Conduct is not { } reassessed)
            {
                (incomplete ??= []).Add(new MissingAssessment("conduct", Term.Year, "summerConduct"));
                return new FinalDecision(Outcome.ChoHe, l.Result, c);
            }
            newConduct = reassessed;
            explain?.SummerConduct(reassessed);
            if (reassessed == Achievement.ChuaDat)
            {
                return new FinalDecision(Outcome.OLaiLop, l.Result, reassessed);
            }
        }
        if (yearEnd.RetestSubjects.Count == 0)
        {
            return new FinalDecision(Outcome.LenLop, l.Result, newConduct);
        }
        return AfterRetests(subjects, yearEnd, summer, newConduct, l, settings, explain, ref incomplete);
    }

    private static FinalDecision AfterRetests(Tt22SubjectResult[] subjects, YearEndDecision yearEnd, Tt22Summer summer, Achievement conduct,
        LearningLevel learning, GradingSettings settings, Tt22Explainer? explain, ref List<MissingAssessment>? incomplete)
    {
        var missing = false;
        foreach (var code in yearEnd.RetestSubjects)
        {
            if (!summer.Retests.ContainsKey(code))
            {
                (incomplete ??= []).Add(new MissingAssessment(code, Term.Year, "retest"));
                missing = true;
            }
        }
        if (missing)
        {
            return new FinalDecision(Outcome.ChoHe, learning.Result, conduct);
        }
        // Each re-test result replaces that subject's year result; then Điều 9 again, 9.3 included.
        var scored = new List<Score>(subjects.Length);
        var commentChuaDat = 0;
        foreach (var s in subjects)
        {
            var year = yearEnd.RetestSubjects.Contains(s.Code) ? summer.Retests[s.Code] : s.Year!.Value;
            if (year.Score is { } score)
            {
                scored.Add(score);
            }
            else if (year.Comment == CommentResult.ChuaDat)
            {
                commentChuaDat++;
            }
        }
        var level = Tt22Learning.Classify(scored.ToArray(), commentChuaDat, settings);
        var outcome = level.Result >= Achievement.Dat ? Outcome.LenLop : Outcome.OLaiLop;
        explain?.AfterRetests(yearEnd.RetestSubjects, summer, level, outcome, subjects);
        return new FinalDecision(outcome, level.Result, conduct);
    }

    /// <summary>Điều 15: Giỏi = conduct Tốt and learning Tốt; Xuất sắc adds at least 6 scored subjects with ĐTBmcn ≥ 9.0.</summary>
    public static Honour? Honour(Tt22Input input, Tt22SubjectResult[] subjects, LearningLevel? learning, Achievement? conduct, GradingSettings settings, Tt22Explainer? explain)
    {
        if (!settings.AwardTitles || learning?.Result != Achievement.Tot || conduct != Achievement.Tot || input.Absences > settings.MaxAbsences)
        {
            return null;
        }
        var atLeast90 = 0;
        foreach (var s in subjects)
        {
            if (s.Year?.Score?.Tenths >= 90)
            {
                atLeast90++;
            }
        }
        var honour = atLeast90 >= 6 ? Grading.Honour.XuatSac : Grading.Honour.Gioi;
        explain?.Honour(honour, atLeast90);
        return honour;
    }
}
