using System.Globalization;
using System.Text;

namespace TruongSo.Rules.Grading;

/// <summary>The steps of a TT22 evaluation in plain Vietnamese, for parents and teachers to check.</summary>
internal sealed partial class Tt22Explainer
{
    public List<string> Lines { get; } = [];

    public void RecordedTerm(string subject, Term term, SubjectMark mark) =>
        Lines.Add($"{subject}, {Labels.Vi(term)}: đã ghi {Labels.Vi(mark)}.");

    public void RecordedYear(string subject, SubjectMark mark) =>
        Lines.Add($"{subject}, cả năm: đã ghi {Labels.Vi(mark)}.");

    public void ScoredTerm(string subject, Term term, ScoredTerm input, int regularCount, ScoredTermResult result)
    {
        if (result.Average is not { } average)
        {
            Lines.Add($"{subject}, {Labels.Vi(term)}: chưa đủ điểm ({MissingText(result, regularCount)}), chưa tính điểm trung bình.");
            return;
        }
        var tx = new StringBuilder();
        foreach (var s in input.Tx)
        {
            tx.Append(tx.Length == 0 ? "" : " + ").Append(s!.Value.ToVietnamese());
        }
        Lines.Add($"{subject}, {Labels.Vi(term)}: ĐTBmhk = ({tx} + 2 × {input.Gk!.Value.ToVietnamese()} + 3 × {input.Ck!.Value.ToVietnamese()}) : {result.Denominator}"
            + $" {Exact(result.Numerator, result.Denominator)} → {average.ToVietnamese()}.");
    }

    public void ScoredYear(string subject, ScoredTermResult hk1, ScoredTermResult hk2, Score year, GradingSettings settings)
    {
        var fromRecorded = settings.YearAverageFrom == YearAverageSource.RecordedSemesterAverages || (hk1.Denominator == 1 && hk2.Denominator == 1);
        var exact = fromRecorded
            ? Exact(hk1.Average!.Value.Tenths + (2L * hk2.Average!.Value.Tenths), 3)
            : Exact((hk1.Numerator * hk2.Denominator) + (2 * hk2.Numerator * hk1.Denominator), 3L * hk1.Denominator * hk2.Denominator);
        var how = fromRecorded ? "" : " (từ điểm trung bình học kì chưa làm tròn)";
        Lines.Add($"{subject}, cả năm: ĐTBmcn = ({hk1.Average!.Value.ToVietnamese()} + 2 × {hk2.Average!.Value.ToVietnamese()}) : 3 {exact} → {year.ToVietnamese()}{how}.");
    }

    public void CommentTerm(string subject, Term term, CommentTermResult result) => Lines.Add(result.Result switch
    {
        CommentResult.Dat => $"{subject}, {Labels.Vi(term)}: đủ số lần đánh giá, tất cả Đạt → Đạt.",
        CommentResult.ChuaDat => $"{subject}, {Labels.Vi(term)}: có lần đánh giá Chưa đạt → Chưa đạt (phải Đạt tất cả).",
        _ => $"{subject}, {Labels.Vi(term)}: chưa đủ đánh giá ({MissingText(result.Missing, result.MissingTx)}).",
    });

    public void CommentYear(string subject, CommentResult year) =>
        Lines.Add($"{subject}, cả năm: lấy theo kết quả học kì II → {Labels.Vi(year)}.");

    private static string MissingText(ScoredTermResult r, int regularCount) => MissingText(r.Missing, r.MissingTx) + $"; cần {regularCount} điểm thường xuyên";

    private static string MissingText(MissingParts missing, int missingTx)
    {
        var parts = new List<string>(3);
        if (missing.HasFlag(MissingParts.Tx))
        {
            parts.Add($"thiếu {missingTx} đánh giá thường xuyên");
        }
        if (missing.HasFlag(MissingParts.Gk))
        {
            parts.Add("thiếu đánh giá giữa kì");
        }
        if (missing.HasFlag(MissingParts.Ck))
        {
            parts.Add("thiếu đánh giá cuối kì");
        }
        return string.Join(", ", parts);
    }

    /// <summary>"= 4,95" when exact, "≈ 7,667" otherwise: numerator (tenths) / denominator to three decimals, half-up.</summary>
    private static string Exact(long numeratorTenths, long denominator)
    {
        var thousandths = Tenths.DivideHalfUp(numeratorTenths * 100, denominator);
        var exact = numeratorTenths * 100 % denominator == 0;
        var fraction = (thousandths % 1000).ToString("000", CultureInfo.InvariantCulture).TrimEnd('0');
        return $"{(exact ? "=" : "≈")} {thousandths / 1000},{(fraction.Length == 0 ? "0" : fraction)}";
    }
}
