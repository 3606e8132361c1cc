using System.Text.Json;
using TruongSo.Rules.Grading;

namespace TruongSo.Web.Modules.Gradebook.Calculator;

/// <summary>Reads one JSON value as a score, a Đ/CĐ result or a level, or records why not.</summary>
internal static class MarkReader
{
    public static bool IsAbsent(JsonElement? value) => value is null || value.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    public static Score? Score(JsonElement? value, string field, CalculatorErrors errors)
    {
        if (IsAbsent(value))
        {
            return null;
        }
        if (value!.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetDecimal(out var number))
        {
            errors.Add(field, "Điểm phải là một số từ 0 đến 10, ví dụ 7.5.");
            return null;
        }
        if (!Rules.Grading.Score.TryCreate(number, out var score, out var error))
        {
            errors.Add(field, error!);
            return null;
        }
        return score;
    }

    public static CommentResult? Comment(JsonElement? value, string field, CalculatorErrors errors)
    {
        if (IsAbsent(value))
        {
            return null;
        }
        var text = value!.Value.ValueKind == JsonValueKind.String ? value.Value.GetString() : null;
        var result = Comment(text);
        if (result is null)
        {
            errors.Add(field, "Môn đánh giá bằng nhận xét nhận \"D\" (Đạt) hoặc \"CD\" (Chưa đạt).");
        }
        return result;
    }

    public static CommentResult? Comment(string? text) => text switch
    {
        "D" => CommentResult.Dat,
        "CD" => CommentResult.ChuaDat,
        _ => null,
    };

    /// <summary>Learning and conduct levels: Tot, Kha, Dat, ChuaDat.</summary>
    public static Achievement? Level(string? text, string field, CalculatorErrors errors)
    {
        if (text is null)
        {
            return null;
        }
        Achievement? level = text switch
        {
            "Tot" => Achievement.Tot,
            "Kha" => Achievement.Kha,
            "Dat" => Achievement.Dat,
            "ChuaDat" => Achievement.ChuaDat,
            _ => null,
        };
        if (level is null)
        {
            errors.Add(field, $"Mức \"{text}\" không hợp lệ: dùng Tot, Kha, Dat hoặc ChuaDat.");
        }
        return level;
    }

    public static string Code(CommentResult result) => result == CommentResult.Dat ? "D" : "CD";

    public static string Code(Term term) => term switch { Term.Hk1 => "hk1", Term.Hk2 => "hk2", _ => "year" };
}
