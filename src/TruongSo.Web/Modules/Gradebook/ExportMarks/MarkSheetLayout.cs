using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.EnterMarks;
using TruongSo.Web.Modules.Gradebook.Evaluation;

namespace TruongSo.Web.Modules.Gradebook.ExportMarks;

/// <summary>
/// The columns of one sổ điểm page in the file, from the grid's own columns (SheetLayout), so that
/// the export, the import and the grid agree. TT22: ĐĐGtx1..n, ĐĐGgk, ĐĐGck, then the computed
/// ĐTBmhk (and ĐTBmcn in HK II), which the import ignores. TT27: the mid- and end-of-term level and test.
/// </summary>
public sealed record MarkSheetLayout(SheetRef Sheet)
{
    public const string SheetName = "SoDiem";
    public const string Number = "STT";
    public const string Code = "Mã học sinh";
    public const string Name = "Họ và tên";

    private bool Primary => Sheet.Rules.Kind == SheetKind.Primary;

    private bool Comment => Sheet.Rules.Kind == SheetKind.Comment;

    public IReadOnlyList<(string Header, SheetColumn Column)> MarkColumns => [.. Sheet.Columns.Select(c => (Header(c), c))];

    /// <summary>Computed results after the marks: read-only in the file.</summary>
    public IReadOnlyList<(string Header, GradingPeriod Period)> ResultColumns => (Primary, Comment, Sheet.Term) switch
    {
        (true, _, _) => [],
        (_, true, 1) => [("Mức đạt HK I", GradingPeriod.Hk1)],
        (_, true, _) => [("Mức đạt HK II", GradingPeriod.Hk2), ("Mức đạt cả năm", GradingPeriod.Year)],
        (_, _, 1) => [("ĐTBmhk", GradingPeriod.Hk1)],
        _ => [("ĐTBmhk", GradingPeriod.Hk2), ("ĐTBmcn", GradingPeriod.Year)],
    };

    public IReadOnlyList<string> Headers => [Number, Code, Name, .. MarkColumns.Select(c => c.Header), .. ResultColumns.Select(c => c.Header)];

    public IReadOnlyList<double> Widths => [6, 14, 28, .. Headers.Skip(3).Select(h => h.Length > 8 ? 14.0 : 9.0)];

    /// <summary>The sổ điểm's own words: "ĐĐGtx1", "ĐĐGgk", "ĐĐGck"; TT27 "Mức giữa kì", "Điểm KT cuối năm".</summary>
    public string Header(SheetColumn column)
    {
        var end = Sheet.Term == 2 ? "cuối năm" : "cuối kì";
        return column.Key switch
        {
            "Gk" when Primary => "Mức giữa kì",
            "Ck" when Primary => $"Mức {end}",
            "GkTest" => "Điểm KT giữa kì",
            "CkTest" => $"Điểm KT {end}",
            "Gk" => "ĐĐGgk",
            "Ck" => "ĐĐGck",
            _ => "ĐĐG" + column.Key.ToLowerInvariant(),
        };
    }

    /// <summary>A stored mark as the file holds it: a score as a number (or "8.0 (bù)" with its note), a level in Vietnamese letters.</summary>
    public static object? Value(SheetColumn column, Mark? mark)
    {
        var code = CellText.Format(column, mark);
        if (code is null)
        {
            return null;
        }
        if (column.TakesNote && mark!.Note != MarkNote.None)
        {
            return CellText.Display(column, mark);
        }
        return column.Kind switch
        {
            CellKind.Score => new ScoreCell(mark!.Tenths!.Value),
            CellKind.Test => mark!.Tenths!.Value / 10,
            _ => TermOutcome.LevelText(code),
        };
    }

    public string Title => $"Lớp: {Sheet.Class.Name}    Môn: {Sheet.Subject.Name}    {TermName(Sheet.Term)}    Năm học: {Sheet.Year.Name}";

    public static string TermName(int term) => term == 1 ? "Học kì I" : "Học kì II";
}
