namespace TruongSo.Rules.Grading;

/// <summary>Which assessments of a term are still missing ("chưa đủ điểm", grading-rules.md §1.5).</summary>
[Flags]
public enum MissingParts
{
    None = 0,
    Tx = 1,
    Gk = 2,
    Ck = 4,
}

/// <summary>
/// ĐTBmhk of a scored subject: the recorded one-decimal average, or null while something is
/// missing. Numerator (in tenths) and Denominator keep the exact unrounded value for the setting
/// that computes ĐTBmcn from unrounded semester averages.
/// </summary>
public readonly record struct ScoredTermResult(Score? Average, MissingParts Missing, int MissingTx, long Numerator, int Denominator)
{
    public bool IsComplete => Average is not null;

    public static ScoredTermResult Recorded(Score average) => new(average, MissingParts.None, 0, average.Tenths, 1);
}

/// <summary>The semester result of a comment-only subject, or null while an assessment is missing.</summary>
public readonly record struct CommentTermResult(CommentResult? Result, MissingParts Missing, int MissingTx)
{
    public bool IsComplete => Result is not null;

    public static CommentTermResult Recorded(CommentResult result) => new(result, MissingParts.None, 0);
}

/// <summary>A subject's value for a term: an average for a scored subject, Đ/CĐ for a comment one.</summary>
public readonly record struct SubjectMark(Score? Score, CommentResult? Comment)
{
    public static SubjectMark Of(Score score) => new(score, null);

    public static SubjectMark Of(CommentResult result) => new(null, result);

    public override string ToString() => Score?.ToString() ?? (Comment == CommentResult.Dat ? "D" : "CD");
}
