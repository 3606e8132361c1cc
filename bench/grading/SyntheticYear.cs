using TruongSo.Rules.Grading;

namespace GradingBench;

/// <summary>
/// A THCS school's year: grades 6–9, 8 scored subjects with their ĐĐGtx counts and 4 comment-only
/// ones, every assessment entered; scores around each student's own level, with a fixed seed.
/// </summary>
public static class SyntheticYear
{
    private static readonly (string Code, int Periods)[] Scored =
        [("TOAN", 140), ("NGUVAN", 140), ("NGOAINGU1", 105), ("LSDL", 105), ("KHTN", 140), ("GDCD", 35), ("TINHOC", 35), ("CONGNGHE", 35)];

    private static readonly string[] Comments = ["GDTC", "NGHETHUAT", "HDTN", "GDDP"];

    public static Tt22Input[] Students(int count, int seed)
    {
        var random = new Random(seed);
        var students = new Tt22Input[count];
        for (var i = 0; i < count; i++)
        {
            var grade = 6 + (i % 4);
            var level = Math.Clamp(NextGaussian(random, 7.0, 1.3), 2.5, 9.8);
            var subjects = new List<Tt22Subject>(Scored.Length + Comments.Length);
            foreach (var (code, periods) in Scored)
            {
                // Công nghệ has 52 periods in grades 8–9: three ĐĐGtx.
                var n = Tt22.RegularCount(SubjectKind.Scored, code == "CONGNGHE" && grade >= 8 ? 52 : periods);
                subjects.Add(new ScoredSubject(code, n) { Hk1 = Term(random, level, n), Hk2 = Term(random, level + 0.2, n) });
            }
            foreach (var code in Comments)
            {
                subjects.Add(new CommentSubject(code) { Hk1 = Comment(random, level), Hk2 = Comment(random, level) });
            }
            students[i] = new Tt22Input(grade, subjects)
            {
                ConductHk1 = Conduct(random),
                ConductHk2 = Conduct(random),
                Absences = random.NextDouble() < 0.01 ? 46 + random.Next(10) : random.Next(12),
            };
        }
        return students;
    }

    private static ScoredTerm Term(Random random, double level, int regularCount)
    {
        var tx = new Score?[regularCount];
        for (var j = 0; j < regularCount; j++)
        {
            tx[j] = ScoreNear(random, level, halves: true);
        }
        return new ScoredTerm(tx, ScoreNear(random, level, halves: false), ScoreNear(random, level, halves: false));
    }

    private static CommentTerm Comment(Random random, double level)
    {
        CommentResult? Mark() => random.NextDouble() < (level < 5 ? 0.08 : 0.01) ? CommentResult.ChuaDat : CommentResult.Dat;
        return new CommentTerm([Mark(), Mark()], Mark(), Mark());
    }

    private static Achievement Conduct(Random random) => random.NextDouble() switch
    {
        < 0.70 => Achievement.Tot,
        < 0.92 => Achievement.Kha,
        < 0.99 => Achievement.Dat,
        _ => Achievement.ChuaDat,
    };

    // Regular scores are often whole or half points; tests have one decimal.
    private static Score ScoreNear(Random random, double level, bool halves)
    {
        var value = Math.Clamp(NextGaussian(random, level, 1.2), 0, 10);
        var tenths = halves ? (int)Math.Round(value * 2) * 5 : (int)Math.Round(value * 10);
        return Score.FromTenths(Math.Clamp(tenths, 0, 100));
    }

    private static double NextGaussian(Random random, double mean, double sd) =>
        mean + (sd * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
}
