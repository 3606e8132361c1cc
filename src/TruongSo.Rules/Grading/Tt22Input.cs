namespace TruongSo.Rules.Grading;

/// <summary>
/// One student's school year under TT22, as the calculator contract (grade-calculator-api.md) and
/// the gradebook give it. Conduct and absences are optional: without them no promotion is decided.
/// </summary>
public sealed record Tt22Input(int Grade, IReadOnlyList<Tt22Subject> Subjects)
{
    public Achievement? ConductHk1 { get; init; }
    public Achievement? ConductHk2 { get; init; }

    /// <summary>Absence sessions (buổi) in the year, with and without permission (Điều 12).</summary>
    public int? Absences { get; init; }

    public Tt22Summer? Summer { get; init; }
}

/// <summary>A subject by its code; the name is for the explanation.</summary>
public abstract record Tt22Subject(string Code)
{
    public string? Name { get; init; }

    public string Label => Name ?? Code;
}

/// <summary>
/// A scored subject: per term the raw assessments or a recorded average, or only a recorded year
/// average. <see cref="RegularCount"/> is the number of ĐĐGtx a term needs (2, 3 or 4, Điều 6).
/// </summary>
public sealed record ScoredSubject(string Code, int RegularCount) : Tt22Subject(Code)
{
    public ScoredTerm? Hk1 { get; init; }
    public ScoredTerm? Hk2 { get; init; }
    public Score? Year { get; init; }
}

/// <summary>A comment-only subject (Đạt/Chưa đạt): per term the assessments or a recorded result, or only the year result.</summary>
public sealed record CommentSubject(string Code) : Tt22Subject(Code)
{
    public int RegularCount { get; init; } = Tt22.CommentRegularCount;
    public CommentTerm? Hk1 { get; init; }
    public CommentTerm? Hk2 { get; init; }
    public CommentResult? Year { get; init; }
}

/// <summary>ĐĐGtx (missing ones absent or null), ĐĐGgk, ĐĐGck; or <see cref="Average"/>, an ĐTBmhk already recorded.</summary>
public sealed record ScoredTerm(IReadOnlyList<Score?> Tx, Score? Gk, Score? Ck)
{
    public Score? Average { get; init; }

    public static ScoredTerm Recorded(Score average) => new([], null, null) { Average = average };
}

public sealed record CommentTerm(IReadOnlyList<CommentResult?> Tx, CommentResult? Gk, CommentResult? Ck)
{
    public CommentResult? Result { get; init; }

    public static CommentTerm Recorded(CommentResult result) => new([], null, null) { Result = result };
}

/// <summary>
/// After the summer: the conduct re-assessed after rèn luyện hè (Điều 13) and the re-test results
/// (Điều 14) that replace those subjects' year results, by subject code.
/// </summary>
public sealed record Tt22Summer
{
    public Achievement? Conduct { get; init; }
    public IReadOnlyDictionary<string, SubjectMark> Retests { get; init; } = new Dictionary<string, SubjectMark>();
}
