using System.Globalization;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>A parsed cell: what goes into the mark's Tenths or Level (both null clear the cell).</summary>
public readonly record struct CellValue(int? Tenths, string? Level)
{
    public bool IsEmpty => Tenths is null && Level is null;
}

/// <summary>
/// Cell text both ways. Input as teachers type it ("7,5", "đ", "cđ", "t"); output as the API's
/// codes ("7.5", "D", "CD", "T", "9"). Messages say what was typed and what is expected.
/// </summary>
public static class CellText
{
    public static bool TryParse(CellKind kind, string? text, out CellValue value, out string? error)
    {
        value = default;
        error = null;
        var t = text?.Trim() ?? "";
        if (t.Length == 0)
        {
            return true;
        }
        switch (kind)
        {
            case CellKind.Score when Score.TryParse(t, out var score, out error):
                value = new(score.Tenths, null);
                return true;
            case CellKind.Comment when t.ToUpperInvariant() is "D" or "Đ" or "CD" or "CĐ":
                value = new(null, t.ToUpperInvariant() is "D" or "Đ" ? "D" : "CD");
                return true;
            case CellKind.Comment:
                error = $"“{t}” không phải mức đánh giá: môn đánh giá bằng nhận xét chỉ nhận Đ (Đạt) hoặc CĐ (Chưa đạt).";
                return false;
            case CellKind.Level when t.ToUpperInvariant() is "T" or "H" or "C":
                value = new(null, t.ToUpperInvariant());
                return true;
            case CellKind.Level:
                error = $"“{t}” không phải mức đánh giá: chỉ nhận T (Hoàn thành tốt), H (Hoàn thành) hoặc C (Chưa hoàn thành).";
                return false;
            case CellKind.Test when decimal.TryParse(t.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
                && n is >= 0 and <= 10 && n == decimal.Truncate(n):
                value = new((int)n * 10, null);
                return true;
            case CellKind.Test:
                error = $"Điểm kiểm tra tiểu học là số nguyên từ 0 đến 10, không có phần thập phân (TT27 Điều 7; đã nhập “{t}”).";
                return false;
            default:
                return false; // a score Score.TryParse refused; its message is in error
        }
    }

    /// <summary>The API's code for a column of a mark: "7.5", "D", "CD", "T", "9"; null for an empty cell.</summary>
    public static string? Format(SheetColumn column, Mark? mark) => mark is null ? null : column.Kind switch
    {
        CellKind.Score => mark.Tenths is { } t ? Score.FromTenths(t).ToString() : null,
        CellKind.Test => mark.Tenths is { } t ? (t / 10).ToString(CultureInfo.InvariantCulture) : null,
        _ => mark.Level,
    };

    /// <summary>As the grid shows it: Vietnamese letters for levels ("Đ", "CĐ"), and a note as a suffix ("8.0 (bù)").</summary>
    public static string Display(SheetColumn column, Mark? mark) => Display(Format(column, mark), mark?.Note ?? MarkNote.None);

    public static string Display(string? code, MarkNote note)
    {
        var text = code is null ? "" : Evaluation.TermOutcome.LevelText(code);
        return note != MarkNote.None && text.Length > 0 ? $"{text} ({NoteWord(note)})" : text;
    }

    public static string NoteWord(MarkNote note) => note == MarkNote.MakeUp ? "bù" : "vắng";

    /// <summary>"8 (bù)" → ("8", MakeUp); "0 (vắng)" → ("0", AbsentWithoutReason): the grid's way to record a note.</summary>
    public static (string Text, MarkNote Note) SplitNote(string? text)
    {
        var t = text?.Trim() ?? "";
        foreach (var note in new[] { MarkNote.MakeUp, MarkNote.AbsentWithoutReason })
        {
            var suffix = $"({NoteWord(note)})";
            if (t.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return (t[..^suffix.Length].Trim(), note);
            }
        }
        return (t, MarkNote.None);
    }
}
