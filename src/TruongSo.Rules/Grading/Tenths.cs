namespace TruongSo.Rules.Grading;

/// <summary>
/// Exact half-up rounding of a non-negative fraction to whole tenths (4.95 → 5.0, 6.45 → 6.5,
/// 8.25 → 8.3; never banker's rounding, never a float). See grading-rules.md §1.6.
/// </summary>
public static class Tenths
{
    /// <summary>numerator / denominator, both non-negative, rounded half-up to an integer.</summary>
    public static int DivideHalfUp(long numerator, long denominator) =>
        (int)(((2 * numerator) + denominator) / (2 * denominator));
}
