namespace TruongSo.Rules.Grading;

/// <summary>The whole year of one student under TT22; maps 1:1 onto the calculator's response.</summary>
public sealed record Tt22Result(
    IReadOnlyList<Tt22SubjectResult> Subjects,
    Tt22LearningResults Learning,
    Achievement? ConductYear,
    YearEndDecision? YearEnd,
    FinalDecision? Final,
    Honour? Honour,
    IReadOnlyList<MissingAssessment> Incomplete,
    IReadOnlyList<string> Explanation);

/// <summary>Per term: ĐTBmhk/ĐTBmcn for a scored subject, Đ/CĐ for a comment one; null while incomplete.</summary>
public sealed record Tt22SubjectResult(string Code, string Label, SubjectKind Kind, SubjectMark? Hk1, SubjectMark? Hk2, SubjectMark? Year);

/// <summary>Kết quả học tập per semester and for the year (before the summer); null while incomplete.</summary>
public sealed record Tt22LearningResults(LearningLevel? Hk1, LearningLevel? Hk2, LearningLevel? Year);

/// <summary>The decision at the end of the year, before the summer (Điều 12–14).</summary>
public sealed record YearEndDecision(Outcome Outcome, bool SummerConductTraining, IReadOnlyList<string> RetestSubjects);

/// <summary>The decision once the summer results are counted; equals the year-end one without them.</summary>
public sealed record FinalDecision(Outcome Outcome, Achievement Learning, Achievement Conduct);

/// <summary>What is missing, e.g. TOAN, HK I, "gk" (also "tx", "ck", and "conduct" or "retest").</summary>
public sealed record MissingAssessment(string Code, Term Term, string Missing);
