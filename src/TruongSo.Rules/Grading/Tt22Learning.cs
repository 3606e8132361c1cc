namespace TruongSo.Rules.Grading;

/// <summary>
/// A learning level: <see cref="Computed"/> by Điều 9 khoản 2, <see cref="Result"/> after the
/// khoản 3 adjustment, and the subject that caused it (TriggerIndex into the scored averages, or
/// <see cref="CommentTrigger"/> for the one comment subject rated Chưa đạt).
/// </summary>
public readonly record struct LearningLevel(Achievement Computed, Achievement Result, int TriggerIndex, Achievement? WouldBe)
{
    public const int NoTrigger = -1;
    public const int CommentTrigger = -2;

    public bool Adjusted => Result != Computed;
}

public static class Tt22Learning
{
    /// <summary>
    /// Điều 9 khoản 2 and 3 (grading-rules.md §1.7): classify; then for each subject, classify without
    /// it. When exactly one subject's removal gives Tốt or Khá at least two levels above the computed
    /// level, the level is raised to the adjacent one (settings say which and whether a comment subject counts).
    /// </summary>
    public static LearningLevel Classify(ReadOnlySpan<Score> scoredAverages, int commentChuaDat, GradingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var tally = LearningTally.Empty with { CommentChuaDat = commentChuaDat };
        foreach (var s in scoredAverages)
        {
            tally = tally.Add(s);
        }
        var computed = tally.Classify();
        if (computed >= Achievement.Kha)
        {
            return new LearningLevel(computed, computed, LearningLevel.NoTrigger, null);
        }
        var qualifying = 0;
        var trigger = LearningLevel.NoTrigger;
        Achievement wouldBe = default;
        for (var i = 0; i < scoredAverages.Length && qualifying < 2; i++)
        {
            var without = tally.Remove(scoredAverages[i]).Classify();
            if (Qualifies(without, computed))
            {
                qualifying++;
                trigger = i;
                wouldBe = without;
            }
        }
        if (settings.CommentSubjectCanTriggerAdjustment && commentChuaDat > 0)
        {
            // Every comment subject rated CĐ is a candidate; with two or more, none can qualify alone.
            var without = (tally with { CommentChuaDat = commentChuaDat - 1 }).Classify();
            if (Qualifies(without, computed))
            {
                qualifying += commentChuaDat;
                trigger = LearningLevel.CommentTrigger;
                wouldBe = without;
            }
        }
        if (qualifying != 1)
        {
            return new LearningLevel(computed, computed, LearningLevel.NoTrigger, null);
        }
        var result = settings.AdjustTo == AdjustmentTarget.OneAboveComputed ? computed + 1 : wouldBe - 1;
        return new LearningLevel(computed, result, trigger, wouldBe);
    }

    private static bool Qualifies(Achievement wouldBe, Achievement computed) => wouldBe >= Achievement.Kha && wouldBe - computed >= 2;
}
