using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>What a cell takes: a TT22 score, a TT22 comment level (Đ/CĐ), a TT27 level (T/H/C), a TT27 test score.</summary>
public enum CellKind { Score, Comment, Level, Test }

/// <summary>
/// A column of the grid. TT27 keeps a periodic level and its test score in one mark (Level and
/// Tenths), so two columns ("Ck" and "CkTest") may share one <see cref="MarkColumn"/>.
/// </summary>
public sealed record SheetColumn(string Key, MarkColumn Column, CellKind Kind, string Heading, string Title)
{
    /// <summary>Make-up and absence notes belong to TT22 assessments (grading-rules.md §1.5).</summary>
    public bool TakesNote => Kind is CellKind.Score or CellKind.Comment;
}

/// <summary>The columns of a class × subject × term: TX1..TXn, GK, CK (TT22 Điều 6–7); TT27 levels and tests.</summary>
public static class SheetLayout
{
    public static IReadOnlyList<SheetColumn> For(SubjectRules rules, int term)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Kind == SheetKind.Primary)
        {
            var end = term == 2 ? "cuối năm" : "cuối học kì I";
            return
            [
                new("Gk", MarkColumn.Gk, CellKind.Level, "GK", "Mức giữa kì: T, H hoặc C"),
                .. rules.MidTested ? [new SheetColumn("GkTest", MarkColumn.Gk, CellKind.Test, "KT GK", "Điểm kiểm tra giữa kì (0–10, số nguyên)")] : Array.Empty<SheetColumn>(),
                new("Ck", MarkColumn.Ck, CellKind.Level, "CK", $"Mức {end}: T, H hoặc C"),
                .. rules.EndTested ? [new SheetColumn("CkTest", MarkColumn.Ck, CellKind.Test, "KT CK", $"Điểm kiểm tra {end} (0–10, số nguyên)")] : Array.Empty<SheetColumn>(),
            ];
        }
        var kind = rules.Kind == SheetKind.Comment ? CellKind.Comment : CellKind.Score;
        var what = kind == CellKind.Comment ? "Đánh giá" : "Điểm đánh giá";
        return
        [
            .. Enumerable.Range(1, rules.RegularCount).Select(i => new SheetColumn($"Tx{i}", (MarkColumn)i, kind, $"TX{i}", $"{what} thường xuyên {i}")),
            new("Gk", MarkColumn.Gk, kind, "GK", $"{what} giữa kì"),
            new("Ck", MarkColumn.Ck, kind, "CK", $"{what} cuối kì"),
        ];
    }
}
