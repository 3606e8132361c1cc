using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Gradebook.ExportMarks;

/// <summary>
/// The columns of one sổ điểm page, shared by the export and the import so that an exported file
/// imports again. TT22 (grades 6–12): ĐĐGtx 1..n (n from the subject's periods, Điều 6), ĐĐGgk,
/// ĐĐGck, then the computed ĐTBmhk (and ĐTBmcn in HK II), which the import ignores.
/// TT27 (grades 1–5): the mid- and end-of-term level with its test score.
/// </summary>
public sealed record MarkSheetLayout(bool Primary, bool Comment, int RegularCount, int Term)
{
    public const string SheetName = "SoDiem";
    public const string Number = "STT";
    public const string Code = "Mã học sinh";
    public const string Name = "Họ và tên";

    public static MarkSheetLayout For(SubjectRef subject, int grade, int term) =>
        new(grade < RegularAssessments.FirstGrade, subject.Assessment == SubjectAssessment.CommentOnly, RegularAssessments.CountFor(subject, grade) ?? 0, term);

    /// <summary>The mark columns in order, with their headers.</summary>
    public IReadOnlyList<(string Header, MarkColumn Column)> MarkColumns => Primary
        ? [("Mức giữa kì", MarkColumn.Gk), ("Mức cuối kì", MarkColumn.Ck)]
        : [.. Enumerable.Range(1, RegularCount).Select(i => ($"ĐĐGtx{i}", (MarkColumn)i)), ("ĐĐGgk", MarkColumn.Gk), ("ĐĐGck", MarkColumn.Ck)];

    /// <summary>TT27: the periodic test scores written beside the levels.</summary>
    public IReadOnlyList<(string Header, MarkColumn Column)> TestColumns => Primary
        ? [("Điểm KT giữa kì", MarkColumn.Gk), ("Điểm KT cuối kì", MarkColumn.Ck)]
        : [];

    /// <summary>Computed results after the marks: read-only in the file.</summary>
    public IReadOnlyList<(string Header, GradingPeriod Period)> ResultColumns => (Primary, Comment, Term) switch
    {
        (true, _, _) => [],
        (_, true, 1) => [("Mức đạt HK I", GradingPeriod.Hk1)],
        (_, true, _) => [("Mức đạt HK II", GradingPeriod.Hk2), ("Mức đạt cả năm", GradingPeriod.Year)],
        (_, _, 1) => [("ĐTBmhk", GradingPeriod.Hk1)],
        _ => [("ĐTBmhk", GradingPeriod.Hk2), ("ĐTBmcn", GradingPeriod.Year)],
    };

    public IReadOnlyList<string> Headers =>
        [Number, Code, Name, .. MarkColumns.Select(c => c.Header), .. TestColumns.Select(c => c.Header), .. ResultColumns.Select(c => c.Header)];

    public IReadOnlyList<double> Widths => [6, 14, 28, .. Headers.Skip(3).Select(h => h.Length > 8 ? 13.0 : 9.0)];

    public static string TermName(int term) => term == 1 ? "Học kì I" : "Học kì II";
}
