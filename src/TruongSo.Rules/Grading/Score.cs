using System.Globalization;

namespace TruongSo.Rules.Grading;

/// <summary>
/// A score on the 10-point scale with at most one decimal, kept as integer tenths (0..100) so that
/// no binary float ever decides a threshold (TT22 Điều 5: "lấy đến một chữ số thập phân").
/// </summary>
public readonly record struct Score : IComparable<Score>
{
    public const int MaxTenths = 100;

    private Score(int tenths) => Tenths = tenths;

    /// <summary>The score times ten: 7.5 is 75.</summary>
    public int Tenths { get; }

    public decimal Value => new(Tenths, 0, 0, false, 1);

    public static Score FromTenths(int tenths) =>
        tenths is >= 0 and <= MaxTenths ? new Score(tenths) : throw new ArgumentOutOfRangeException(nameof(tenths), tenths, "Điểm phải từ 0 đến 10.");

    /// <summary>Accepts "7.5", "7,5", "8", "10.0"; refuses 11, 7.25, text, with a Vietnamese message.</summary>
    public static bool TryParse(string? text, out Score score, out string? errorVi)
    {
        score = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errorVi = "Chưa nhập điểm.";
            return false;
        }
        if (!decimal.TryParse(trimmed.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            errorVi = $"“{trimmed}” không phải là điểm: hãy nhập một số từ 0 đến 10, ví dụ 7,5.";
            return false;
        }
        return TryCreate(value, out score, out errorVi);
    }

    /// <summary>A number from JSON or a form: 0 to 10 with at most one decimal.</summary>
    public static bool TryCreate(decimal value, out Score score, out string? errorVi)
    {
        score = default;
        if (value is < 0 or > 10)
        {
            errorVi = $"Điểm phải từ 0 đến 10 (đã nhập {Format(value)}).";
            return false;
        }
        var tenths = value * 10;
        if (tenths != decimal.Truncate(tenths))
        {
            errorVi = $"Điểm chỉ có tối đa một chữ số thập phân, ví dụ 7,5 (đã nhập {Format(value)}).";
            return false;
        }
        score = new Score((int)tenths);
        errorVi = null;
        return true;
    }

    public int CompareTo(Score other) => Tenths.CompareTo(other.Tenths);

    public static bool operator <(Score a, Score b) => a.Tenths < b.Tenths;
    public static bool operator >(Score a, Score b) => a.Tenths > b.Tenths;
    public static bool operator <=(Score a, Score b) => a.Tenths <= b.Tenths;
    public static bool operator >=(Score a, Score b) => a.Tenths >= b.Tenths;

    // Only 101 scores exist: their texts are made once (the explanation prints thousands of them).
    private static readonly string[] Invariant = [.. Enumerable.Range(0, MaxTenths + 1).Select(t => new decimal(t, 0, 0, false, 1).ToString("0.0", CultureInfo.InvariantCulture))];
    private static readonly string[] Vietnamese = [.. Invariant.Select(t => t.Replace('.', ','))];

    /// <summary>Invariant, one decimal: "7.5", "8.0", "10.0".</summary>
    public override string ToString() => Invariant[Tenths];

    /// <summary>As Vietnamese write it: "7,5".</summary>
    public string ToVietnamese() => Vietnamese[Tenths];

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture).Replace('.', ',');
}
