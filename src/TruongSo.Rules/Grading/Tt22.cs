namespace TruongSo.Rules.Grading;

/// <summary>TT22/2021 Điều 9 khoản 1 and Điều 8 khoản 2: subject results and year conduct.</summary>
public static class Tt22
{
    /// <summary>How many comment assessments a comment-only subject records per term (Điều 6 khoản 1).</summary>
    public const int CommentRegularCount = 2;

    /// <summary>
    /// ĐĐGtx per term (Điều 6 khoản 1): comment-only subjects 2; scored subjects 2 up to 35 periods a
    /// year, 3 up to 70, 4 above (the text says "35 tiết" for the first row; no subject has fewer).
    /// </summary>
    public static int RegularCount(SubjectKind kind, int periodsPerYear) => kind switch
    {
        SubjectKind.Comment => CommentRegularCount,
        _ when periodsPerYear <= 35 => 2,
        _ when periodsPerYear <= 70 => 3,
        _ => 4,
    };

    /// <summary>
    /// ĐTBmhk = (TĐĐGtx + 2 × ĐĐGgk + 3 × ĐĐGck) / (number of ĐĐGtx + 5), half-up to one decimal.
    /// Nothing is computed while fewer ĐĐGtx than <paramref name="regularCount"/>, or no ĐĐGgk or
    /// ĐĐGck, are entered (Ex 23, 24): the result lists what is missing instead.
    /// </summary>
    public static ScoredTermResult SubjectTerm(int regularCount, IReadOnlyList<Score?> tx, Score? gk, Score? ck)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return tx is Score?[] array ? SubjectTerm(regularCount, array.AsSpan(), gk, ck) : SubjectTerm(regularCount, [.. tx], gk, ck);
    }

    /// <summary>As above, from assessments the caller keeps on its stack (the whole-year recompute: no array per term).</summary>
    public static ScoredTermResult SubjectTerm(int regularCount, ReadOnlySpan<Score?> tx, Score? gk, Score? ck)
    {
        if (tx.Length > regularCount)
        {
            throw new ArgumentException($"Nhiều hơn {regularCount} điểm đánh giá thường xuyên.", nameof(tx));
        }
        long sum = 0;
        var entered = 0;
        foreach (var t in tx)
        {
            if (t is { } s)
            {
                sum += s.Tenths;
                entered++;
            }
        }
        var missing = (entered < regularCount ? MissingParts.Tx : 0) | (gk is null ? MissingParts.Gk : 0) | (ck is null ? MissingParts.Ck : 0);
        if (missing != MissingParts.None)
        {
            return new ScoredTermResult(null, missing, regularCount - entered, 0, 0);
        }
        var numerator = sum + (2L * gk!.Value.Tenths) + (3L * ck!.Value.Tenths);
        var denominator = regularCount + 5;
        return new ScoredTermResult(Score.FromTenths(Tenths.DivideHalfUp(numerator, denominator)), MissingParts.None, 0, numerator, denominator);
    }

    /// <summary>Đạt when every assessment of the term is entered and every one is Đạt; otherwise Chưa đạt.</summary>
    public static CommentTermResult CommentTerm(int regularCount, IReadOnlyList<CommentResult?> tx, CommentResult? gk, CommentResult? ck)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return tx is CommentResult?[] array ? CommentTerm(regularCount, array.AsSpan(), gk, ck) : CommentTerm(regularCount, [.. tx], gk, ck);
    }

    /// <summary>As above, from assessments the caller keeps on its stack.</summary>
    public static CommentTermResult CommentTerm(int regularCount, ReadOnlySpan<CommentResult?> tx, CommentResult? gk, CommentResult? ck)
    {
        if (tx.Length > regularCount)
        {
            throw new ArgumentException($"Nhiều hơn {regularCount} lần đánh giá thường xuyên.", nameof(tx));
        }
        var entered = 0;
        var allDat = gk == CommentResult.Dat && ck == CommentResult.Dat;
        foreach (var t in tx)
        {
            if (t is { } r)
            {
                entered++;
                allDat &= r == CommentResult.Dat;
            }
        }
        var missing = (entered < regularCount ? MissingParts.Tx : 0) | (gk is null ? MissingParts.Gk : 0) | (ck is null ? MissingParts.Ck : 0);
        return missing != MissingParts.None
            ? new CommentTermResult(null, missing, regularCount - entered)
            : new CommentTermResult(allDat ? CommentResult.Dat : CommentResult.ChuaDat, MissingParts.None, 0);
    }

    /// <summary>ĐTBmcn = (ĐTBmhkI + 2 × ĐTBmhkII) / 3, half-up, from the averages the settings name (Ex 5, 6).</summary>
    public static Score? YearAverage(ScoredTermResult hk1, ScoredTermResult hk2, GradingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (hk1.Average is not { } a1 || hk2.Average is not { } a2)
        {
            return null;
        }
        return settings.YearAverageFrom == YearAverageSource.RecordedSemesterAverages
            ? YearAverage(a1, a2)
            : Score.FromTenths(Tenths.DivideHalfUp((hk1.Numerator * hk2.Denominator) + (2 * hk2.Numerator * hk1.Denominator), 3L * hk1.Denominator * hk2.Denominator));
    }

    /// <summary>ĐTBmcn from two recorded semester averages.</summary>
    public static Score YearAverage(Score hk1, Score hk2) => Score.FromTenths(Tenths.DivideHalfUp(hk1.Tenths + (2L * hk2.Tenths), 3));

    /// <summary>A comment-only subject's year result is its HK II result; HK I plays no part (Điều 9 khoản 1 điểm a, Ex 7).</summary>
    public static CommentResult? CommentYear(CommentResult? hk2) => hk2;

    // Rows HK II (CĐ, Đạt, Khá, Tốt), columns HK I (CĐ, Đạt, Khá, Tốt): Điều 8 khoản 2 điểm b.
    private static readonly Achievement[] ConductMatrix =
    [
        Achievement.ChuaDat, Achievement.ChuaDat, Achievement.ChuaDat, Achievement.ChuaDat,
        Achievement.Dat, Achievement.Dat, Achievement.Dat, Achievement.Kha,
        Achievement.Dat, Achievement.Kha, Achievement.Kha, Achievement.Kha,
        Achievement.Kha, Achievement.Kha, Achievement.Tot, Achievement.Tot,
    ];

    /// <summary>Year conduct from the two semester levels (Ex 18): HK II Chưa đạt always gives Chưa đạt.</summary>
    public static Achievement ConductYear(Achievement hk1, Achievement hk2) => ConductMatrix[((int)hk2 * 4) + (int)hk1];
}
