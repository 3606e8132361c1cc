namespace TruongSo.Rules.Grading;

/// <summary>
/// The counts the Điều 9 khoản 2 criteria look at, so that classifying, and classifying again
/// without one subject (khoản 3), cost O(1) and allocate nothing.
/// </summary>
public readonly record struct LearningTally(int Scored, int AtLeast80, int AtLeast65, int AtLeast50, int Below35, int CommentChuaDat)
{
    public static LearningTally Empty => default;

    public LearningTally Add(Score average) => this with
    {
        Scored = Scored + 1,
        AtLeast80 = AtLeast80 + (average.Tenths >= 80 ? 1 : 0),
        AtLeast65 = AtLeast65 + (average.Tenths >= 65 ? 1 : 0),
        AtLeast50 = AtLeast50 + (average.Tenths >= 50 ? 1 : 0),
        Below35 = Below35 + (average.Tenths < 35 ? 1 : 0),
    };

    public LearningTally Remove(Score average) => this with
    {
        Scored = Scored - 1,
        AtLeast80 = AtLeast80 - (average.Tenths >= 80 ? 1 : 0),
        AtLeast65 = AtLeast65 - (average.Tenths >= 65 ? 1 : 0),
        AtLeast50 = AtLeast50 - (average.Tenths >= 50 ? 1 : 0),
        Below35 = Below35 - (average.Tenths < 35 ? 1 : 0),
    };

    public LearningTally Add(CommentResult result) => result == CommentResult.ChuaDat ? this with { CommentChuaDat = CommentChuaDat + 1 } : this;

    /// <summary>Điều 9 khoản 2, top-down, first level whose conditions all hold.</summary>
    public Achievement Classify()
    {
        if (CommentChuaDat == 0 && AtLeast65 == Scored && AtLeast80 >= 6)
        {
            return Achievement.Tot;
        }
        if (CommentChuaDat == 0 && AtLeast50 == Scored && AtLeast65 >= 6)
        {
            return Achievement.Kha;
        }
        return CommentChuaDat <= 1 && AtLeast50 >= 6 && Below35 == 0 ? Achievement.Dat : Achievement.ChuaDat;
    }
}
