namespace TruongSo.Rules.Grading;

/// <summary>Học lực under TT58/2011 as amended by TT26/2020 (Điều 13).</summary>
public enum Tt58Learning
{
    Kem = 0,
    Yeu = 1,
    TrungBinh = 2,
    Kha = 3,
    Gioi = 4,
}

/// <summary>Hạnh kiểm under TT58.</summary>
public enum Tt58Conduct
{
    Yeu = 0,
    TrungBinh = 1,
    Kha = 2,
    Tot = 3,
}

/// <summary>TT26 Điều 18 titles, per semester and per year.</summary>
public enum Tt58Title
{
    TienTien,
    Gioi,
}

/// <summary>A scored subject's average; <see cref="IsCore"/> for Toán, Ngữ văn and Ngoại ngữ (TT26 added the last).</summary>
public sealed record Tt58Subject(string Code, Score Average, bool IsCore);

public readonly record struct Tt58Classification(Tt58Learning Computed, Tt58Learning Result, Score OverallAverage)
{
    public bool Adjusted => Result != Computed;
}

/// <summary>
/// Legacy TT58/TT26 classification, only to display records of the years before TT22 reached a
/// grade (grading-rules.md §1.13). Chuyên classes' specialised-subject condition is not modelled.
/// </summary>
public static class Tt58
{
    /// <summary>ĐTBhk/ĐTBcn: the mean of the subject averages, half-up to one decimal.</summary>
    public static Score OverallAverage(IReadOnlyList<Tt58Subject> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        long sum = 0;
        foreach (var s in subjects)
        {
            sum += s.Average.Tenths;
        }
        return Score.FromTenths(subjects.Count == 0 ? 0 : Tenths.DivideHalfUp(sum, subjects.Count));
    }

    /// <summary>
    /// Điều 13: Giỏi 8.0 / 6.5, Khá 6.5 / 5.0, Trung bình 5.0 / 3.5 (average, one core subject at the
    /// average's bar, no subject under the floor, comment subjects all Đ); Yếu 3.5 / 2.0; else Kém.
    /// Khoản 3: when only one subject pulls a would-be Giỏi or Khá down, Giỏi→TB becomes Khá,
    /// Giỏi→Yếu becomes TB, Khá→Yếu becomes TB, Khá→Kém becomes Yếu.
    /// </summary>
    public static Tt58Classification Classify(IReadOnlyList<Tt58Subject> subjects, bool commentSubjectsAllDat, Score? overallAverage = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var average = overallAverage ?? OverallAverage(subjects);
        var computed = Level(subjects, commentSubjectsAllDat, average, ignore: -1);
        var lowest = -1;
        for (var i = 0; i < subjects.Count; i++)
        {
            lowest = lowest < 0 || subjects[i].Average < subjects[lowest].Average ? i : lowest;
        }
        var wouldBe = lowest < 0 ? computed : Level(subjects, commentSubjectsAllDat, average, ignore: lowest);
        var result = (wouldBe, computed) switch
        {
            (Tt58Learning.Gioi, Tt58Learning.TrungBinh) => Tt58Learning.Kha,
            (Tt58Learning.Gioi, Tt58Learning.Yeu) => Tt58Learning.TrungBinh,
            (Tt58Learning.Kha, Tt58Learning.Yeu) => Tt58Learning.TrungBinh,
            (Tt58Learning.Kha, Tt58Learning.Kem) => Tt58Learning.Yeu,
            _ => computed,
        };
        return new Tt58Classification(computed, result, average);
    }

    // "ignore" lifts one subject's floor condition: the would-be level if only that subject were not low.
    private static Tt58Learning Level(IReadOnlyList<Tt58Subject> subjects, bool commentsDat, Score average, int ignore)
    {
        if (Meets(subjects, commentsDat, average, 80, 65, ignore))
        {
            return Tt58Learning.Gioi;
        }
        if (Meets(subjects, commentsDat, average, 65, 50, ignore))
        {
            return Tt58Learning.Kha;
        }
        if (Meets(subjects, commentsDat, average, 50, 35, ignore))
        {
            return Tt58Learning.TrungBinh;
        }
        return average.Tenths >= 35 && Floor(subjects, 20, ignore) ? Tt58Learning.Yeu : Tt58Learning.Kem;
    }

    private static bool Meets(IReadOnlyList<Tt58Subject> subjects, bool commentsDat, Score average, int bar, int floor, int ignore)
    {
        var core = false;
        foreach (var s in subjects)
        {
            core |= s.IsCore && s.Average.Tenths >= bar;
        }
        return commentsDat && average.Tenths >= bar && core && Floor(subjects, floor, ignore);
    }

    private static bool Floor(IReadOnlyList<Tt58Subject> subjects, int floor, int ignore)
    {
        for (var i = 0; i < subjects.Count; i++)
        {
            if (i != ignore && subjects[i].Average.Tenths < floor)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>TT26 Điều 18: Học sinh Giỏi (hạnh kiểm Tốt, học lực Giỏi), Học sinh Tiên tiến (both at least Khá).</summary>
    public static Tt58Title? Title(Tt58Conduct conduct, Tt58Learning learning) =>
        conduct == Tt58Conduct.Tot && learning == Tt58Learning.Gioi ? Tt58Title.Gioi
        : conduct >= Tt58Conduct.Kha && learning >= Tt58Learning.Kha ? Tt58Title.TienTien
        : null;

    public static string Vi(Tt58Learning l) => l switch
    {
        Tt58Learning.Gioi => "Giỏi",
        Tt58Learning.Kha => "Khá",
        Tt58Learning.TrungBinh => "Trung bình",
        Tt58Learning.Yeu => "Yếu",
        _ => "Kém",
    };

    public static string Vi(Tt58Conduct c) => c switch
    {
        Tt58Conduct.Tot => "Tốt",
        Tt58Conduct.Kha => "Khá",
        Tt58Conduct.TrungBinh => "Trung bình",
        _ => "Yếu",
    };

    public static string Vi(Tt58Title t) => t == Tt58Title.Gioi ? "Học sinh Giỏi" : "Học sinh Tiên tiến";
}
