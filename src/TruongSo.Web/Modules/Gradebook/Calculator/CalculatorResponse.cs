using TruongSo.Rules.Grading;

namespace TruongSo.Web.Modules.Gradebook.Calculator;

/// <summary>The TT22 response of grade-calculator-api.md; subject values are numbers (averages) or "D"/"CD".</summary>
public sealed record Tt22Response(
    string RuleSet,
    IReadOnlyList<SubjectResponse> Subjects,
    LearningResponse Learning,
    ConductResponse Conduct,
    YearEndResponse? YearEnd,
    FinalResponse? Final,
    string? Honour,
    IReadOnlyList<IncompleteResponse> Incomplete,
    IReadOnlyList<string> Explanation);

public sealed record SubjectResponse(string Code, object? Hk1, object? Hk2, object? Year);

/// <summary>Learning levels; yearAdjusted when Điều 9 khoản 3 raised the year level (yearComputed is the level before).</summary>
public sealed record LearningResponse(string? Hk1, string? Hk2, string? Year, bool YearAdjusted, string? YearComputed);

public sealed record ConductResponse(string? Year);

public sealed record YearEndResponse(string Outcome, bool SummerConductTraining, IReadOnlyList<string> RetestSubjects);

public sealed record FinalResponse(string Outcome, string Learning, string Conduct);

public sealed record IncompleteResponse(string Code, string Term, string Missing);

/// <summary>The TT27 response: yearResult HoanThanhXuatSac | HoanThanhTot | HoanThanh | ChuaHoanThanh (null while incomplete).</summary>
public sealed record Tt27Response(string RuleSet, string? YearResult, string? Honour, IReadOnlyList<IncompleteResponse> Incomplete, IReadOnlyList<string> Explanation);

internal static class CalculatorResponses
{
    public static Tt22Response From(Tt22Result r) => new(
        "TT22",
        [.. r.Subjects.Select(s => new SubjectResponse(s.Code, Value(s.Hk1), Value(s.Hk2), Value(s.Year)))],
        new LearningResponse(Level(r.Learning.Hk1?.Result), Level(r.Learning.Hk2?.Result), Level(r.Learning.Year?.Result),
            r.Learning.Year?.Adjusted ?? false, Level(r.Learning.Year?.Computed)),
        new ConductResponse(Level(r.ConductYear)),
        r.YearEnd is { } y ? new YearEndResponse(y.Outcome.ToString(), y.SummerConductTraining, y.RetestSubjects) : null,
        r.Final is { } f ? new FinalResponse(f.Outcome.ToString(), f.Learning.ToString(), f.Conduct.ToString()) : null,
        r.Honour?.ToString(),
        Incomplete(r.Incomplete),
        r.Explanation);

    public static Tt27Response From(Tt27Result r) =>
        new("TT27", r.YearResult?.ToString(), r.Honour?.ToString(), Incomplete(r.Incomplete), r.Explanation);

    private static IncompleteResponse[] Incomplete(IReadOnlyList<MissingAssessment> missing) =>
        [.. missing.Select(m => new IncompleteResponse(m.Code, MarkReader.Code(m.Term), m.Missing))];

    private static object? Value(SubjectMark? mark) => mark switch
    {
        { Score: { } s } => s.Value,
        { Comment: { } c } => MarkReader.Code(c),
        _ => null,
    };

    private static string? Level(Achievement? level) => level?.ToString();
}
