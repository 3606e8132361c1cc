using System.Text.Json;

namespace TruongSo.Web.Modules.Gradebook.Calculator;

/// <summary>
/// The body of POST /api/v1/grading/evaluate (../shared/domain/grade-calculator-api.md). Values that
/// may be a number or a level ("D"/"CD") are raw JSON and checked by <see cref="Tt22RequestReader"/>,
/// so that a 400 names the exact field, e.g. subjects[0].hk1.tx[2].
/// </summary>
public sealed record CalculatorRequest(
    string? RuleSet,
    int? Grade,
    IReadOnlyList<CalculatorSubject>? Subjects,
    CalculatorConduct? Conduct,
    int? Absences,
    CalculatorSummer? Summer,
    IReadOnlyDictionary<string, string>? Qualities,
    IReadOnlyDictionary<string, string>? Competences,
    CalculatorSettings? Settings);

/// <summary>TT22: kind "score" or "comment", terms or a recorded year. TT27: level T/H/C and the end-of-year test.</summary>
public sealed record CalculatorSubject(
    string? Code,
    string? Name,
    string? Kind,
    int? RegularCount,
    CalculatorTerm? Hk1,
    CalculatorTerm? Hk2,
    JsonElement? Year,
    string? Level,
    JsonElement? Test);

/// <summary>Raw assessments (numbers, or "D"/"CD" for a comment subject) or an already recorded average/result.</summary>
public sealed record CalculatorTerm(IReadOnlyList<JsonElement>? Tx, JsonElement? Gk, JsonElement? Ck, JsonElement? Average, string? Result);

public sealed record CalculatorConduct(string? Hk1, string? Hk2);

/// <summary>The conduct re-assessed after summer training, and re-test results by subject code.</summary>
public sealed record CalculatorSummer(string? Conduct, IReadOnlyDictionary<string, JsonElement>? Retests);

/// <summary>Overrides of the defaults where the regulation is ambiguous (grading-rules.md §6).</summary>
public sealed record CalculatorSettings(
    string? YearAverageFrom,
    string? AdjustTo,
    bool? CommentSubjectCanTriggerAdjustment,
    string? WhenConductAndLearningChuaDat,
    bool? AwardTitles,
    int? MaxAbsences);
