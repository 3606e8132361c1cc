namespace TruongSo.Rules.Grading;

/// <summary>
/// Primary school, TT27/2020: the end-of-year result (Điều 9 khoản 2) and the title "Học sinh
/// Xuất sắc" (Điều 13). "Học sinh Tiêu biểu" needs the class's recognition and is not computed.
/// </summary>
public static class Tt27Engine
{
    /// <summary>The five main qualities (phẩm chất chủ yếu), keyed as in the calculator contract.</summary>
    public static readonly IReadOnlyList<(string Key, string Name)> Qualities =
        [("yeuNuoc", "Yêu nước"), ("nhanAi", "Nhân ái"), ("chamChi", "Chăm chỉ"), ("trungThuc", "Trung thực"), ("trachNhiem", "Trách nhiệm")];

    /// <summary>The three general and seven specific competences (năng lực).</summary>
    public static readonly IReadOnlyList<(string Key, string Name)> Competences =
    [
        ("tuChu", "Tự chủ và tự học"), ("giaoTiep", "Giao tiếp và hợp tác"), ("gqvd", "Giải quyết vấn đề và sáng tạo"),
        ("ngonNgu", "Ngôn ngữ"), ("tinhToan", "Tính toán"), ("khoaHoc", "Khoa học"), ("congNghe", "Công nghệ"),
        ("tinHoc", "Tin học"), ("thamMi", "Thẩm mĩ"), ("theChat", "Thể chất"),
    ];

    /// <summary>Subjects with an end-of-year test (Điều 7 khoản 2): Tiếng Việt, Toán, Ngoại ngữ 1, LS&amp;ĐL, Khoa học, Tin học và Công nghệ.</summary>
    public static readonly IReadOnlySet<string> TestedSubjects = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "TIENGVIET", "TOAN", "NGOAINGU1", "LSDL", "KHOAHOC", "TINCN" };

    public static Tt27Result Evaluate(Tt27Input input, GradingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(settings);
        var lines = new List<string>();
        var incomplete = new List<MissingAssessment>();
        Tt27Level minLevel = Tt27Level.T;
        var minTest = 10;
        foreach (var s in input.Subjects)
        {
            minLevel = s.Level < minLevel ? s.Level : minLevel;
            if (s.Test is { } test)
            {
                minTest = Math.Min(minTest, test);
            }
            else if (TestedSubjects.Contains(s.Code))
            {
                incomplete.Add(new MissingAssessment(s.Code, Term.Year, "test"));
            }
        }
        var minQuality = Lowest(input.Qualities, Qualities, "qualities", incomplete);
        var minCompetence = Lowest(input.Competences, Competences, "competences", incomplete);
        if (incomplete.Count > 0)
        {
            lines.Add("Chưa đủ kết quả để đánh giá cuối năm (thiếu điểm kiểm tra hoặc mức phẩm chất, năng lực).");
            return new Tt27Result(null, null, incomplete, lines);
        }
        var traits = minQuality < minCompetence ? minQuality : minCompetence;
        var result = Classify(minLevel, traits, minTest);
        lines.Add($"Môn học và hoạt động giáo dục: thấp nhất {LevelVi(minLevel)}; phẩm chất, năng lực: thấp nhất {TraitVi(traits)}; "
            + $"điểm kiểm tra cuối năm thấp nhất: {(input.Subjects.Any(s => s.Test is not null) ? minTest.ToString(System.Globalization.CultureInfo.InvariantCulture) : "không có")}.");
        lines.Add($"→ {ResultVi(result)} (Điều 9 khoản 2: xuất sắc cần tất cả Hoàn thành tốt, Tốt và mọi bài kiểm tra từ 9; "
            + "hoàn thành tốt cần các bài từ 7; hoàn thành cần các bài từ 5).");
        Honour? honour = settings.AwardTitles && result == Tt27YearResult.HoanThanhXuatSac ? Grading.Honour.XuatSac : null;
        if (honour is not null)
        {
            lines.Add("→ Học sinh Xuất sắc (Điều 13).");
        }
        return new Tt27Result(result, honour, incomplete, lines);
    }

    /// <summary>Điều 9 khoản 2, top-down; a missing test counts as no test (subjects without one).</summary>
    public static Tt27YearResult Classify(Tt27Level lowestLevel, Tt27Quality lowestTrait, int lowestTest) => (lowestLevel, lowestTrait) switch
    {
        (Tt27Level.T, Tt27Quality.Tot) when lowestTest >= 9 => Tt27YearResult.HoanThanhXuatSac,
        (Tt27Level.T, Tt27Quality.Tot) when lowestTest >= 7 => Tt27YearResult.HoanThanhTot,
        (>= Tt27Level.H, >= Tt27Quality.Dat) when lowestTest >= 5 => Tt27YearResult.HoanThanh,
        _ => Tt27YearResult.ChuaHoanThanh,
    };

    private static Tt27Quality Lowest(IReadOnlyDictionary<string, Tt27Quality> given, IReadOnlyList<(string Key, string Name)> required, string group, List<MissingAssessment> incomplete)
    {
        var lowest = Tt27Quality.Tot;
        foreach (var (key, _) in required)
        {
            if (given.TryGetValue(key, out var q))
            {
                lowest = q < lowest ? q : lowest;
            }
            else
            {
                incomplete.Add(new MissingAssessment($"{group}.{key}", Term.Year, "level"));
            }
        }
        return lowest;
    }

    public static string ResultVi(Tt27YearResult r) => r switch
    {
        Tt27YearResult.HoanThanhXuatSac => "Hoàn thành xuất sắc",
        Tt27YearResult.HoanThanhTot => "Hoàn thành tốt",
        Tt27YearResult.HoanThanh => "Hoàn thành",
        _ => "Chưa hoàn thành",
    };

    public static string LevelVi(Tt27Level l) => l switch { Tt27Level.T => "Hoàn thành tốt", Tt27Level.H => "Hoàn thành", _ => "Chưa hoàn thành" };

    public static string TraitVi(Tt27Quality q) => q switch { Tt27Quality.Tot => "Tốt", Tt27Quality.Dat => "Đạt", _ => "Cần cố gắng" };
}
