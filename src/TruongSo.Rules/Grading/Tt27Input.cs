namespace TruongSo.Rules.Grading;

/// <summary>TT27/2020 Điều 7: a subject or educational activity at the end of the year.</summary>
public enum Tt27Level
{
    /// <summary>Chưa hoàn thành.</summary>
    C = 0,

    /// <summary>Hoàn thành.</summary>
    H = 1,

    /// <summary>Hoàn thành tốt.</summary>
    T = 2,
}

/// <summary>TT27 Điều 8: a quality (phẩm chất) or competence (năng lực).</summary>
public enum Tt27Quality
{
    CanCoGang = 0,
    Dat = 1,
    Tot = 2,
}

/// <summary>TT27 Điều 9 khoản 2: the end-of-year overall result.</summary>
public enum Tt27YearResult
{
    ChuaHoanThanh = 0,
    HoanThanh = 1,
    HoanThanhTot = 2,
    HoanThanhXuatSac = 3,
}

/// <summary>A subject's end-of-year level and, for a tested subject, the end-of-year test (whole number 0–10).</summary>
public sealed record Tt27Subject(string Code, Tt27Level Level, int? Test)
{
    public string? Name { get; init; }
}

/// <summary>Qualities and competences are keyed by the names in <see cref="Tt27Engine.Qualities"/> and <see cref="Tt27Engine.Competences"/>.</summary>
public sealed record Tt27Input(int Grade, IReadOnlyList<Tt27Subject> Subjects,
    IReadOnlyDictionary<string, Tt27Quality> Qualities, IReadOnlyDictionary<string, Tt27Quality> Competences);

public sealed record Tt27Result(Tt27YearResult? YearResult, Honour? Honour, IReadOnlyList<MissingAssessment> Incomplete, IReadOnlyList<string> Explanation);
