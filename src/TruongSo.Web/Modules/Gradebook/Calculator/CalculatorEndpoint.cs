using TruongSo.Rules.Grading;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Gradebook.Calculator;

/// <summary>POST /api/v1/grading/evaluate: the gradebook's own engine, open to anyone, storing nothing.</summary>
internal static class CalculatorEndpoint
{
    public const string Summary = "Tính điểm và xếp loại theo Thông tư 22 (lớp 6–12) hoặc Thông tư 27 (lớp 1–5)";

    public const string Description =
        "Không cần đăng nhập, không lưu gì. Hợp đồng: ruleSet TT22|TT27; mức Tot/Kha/Dat/ChuaDat, D/CD, T/H/C, CanCoGang; " +
        "kết quả LenLop/OLaiLop/ChoHe; honour XuatSac/Gioi/null. Thiếu điểm (ít tx hơn regularCount, thiếu gk/ck) được liệt kê trong " +
        "\"incomplete\", không phải lỗi. Tuỳ chọn \"settings\" thay các mặc định ở những điểm quy định còn chưa rõ: " +
        "yearAverageFrom (RecordedSemesterAverages | UnroundedSemesterAverages), adjustTo (OneAboveComputed | OneBelowWouldBe), " +
        "commentSubjectCanTriggerAdjustment (true), whenConductAndLearningChuaDat (TrainThenRetestSameSummer | RepeatYear), " +
        "awardTitles (true), maxAbsences (45).";

    public static IResult Evaluate(CalculatorRequest request)
    {
        var errors = new CalculatorErrors();
        var settings = SettingsReader.Read(request.Settings, errors);
        switch (request.RuleSet)
        {
            case "TT22":
                var tt22 = Tt22RequestReader.Read(request, errors);
                return tt22 is null || errors.Any ? Problems.Validation(errors.ByField) : Results.Ok(CalculatorResponses.From(Tt22Engine.Evaluate(tt22, settings)));
            case "TT27":
                var tt27 = Tt27RequestReader.Read(request, errors);
                return tt27 is null || errors.Any ? Problems.Validation(errors.ByField) : Results.Ok(CalculatorResponses.From(Tt27Engine.Evaluate(tt27, settings)));
            default:
                errors.Add("ruleSet", "Bộ quy định (ruleSet) phải là \"TT22\" (lớp 6–12) hoặc \"TT27\" (lớp 1–5).");
                return Problems.Validation(errors.ByField);
        }
    }
}
