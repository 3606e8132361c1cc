using System.Text.Json;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.Gradebook.Evaluation;

/// <summary>
/// A student's engine input from what the gradebook recorded: per subject the recorded ĐTBmhk or
/// Đ/CĐ of each term (a term with a result not yet complete is given empty, so the engine lists it
/// as "chưa đủ điểm"), the recorded year result, the summer re-tests; conduct per term, absences
/// and the re-assessed summer conduct from the homeroom teacher's rows. Never any arithmetic here.
/// </summary>
internal static class ClassEvaluationInputs
{
    private static readonly ScoredTerm EmptyScored = new([], null, null);
    private static readonly CommentTerm EmptyComment = new([], null, null);

    // Only 101 averages and two comment results exist: a recorded term is one of these (immutable) inputs, not a new one per student.
    private static readonly ScoredTerm[] RecordedScores = [.. Enumerable.Range(0, Score.MaxTenths + 1).Select(t => ScoredTerm.Recorded(Score.FromTenths(t)))];
    private static readonly CommentTerm RecordedDat = Rules.Grading.CommentTerm.Recorded(CommentResult.Dat);
    private static readonly CommentTerm RecordedChuaDat = Rules.Grading.CommentTerm.Recorded(CommentResult.ChuaDat);

    public static Tt22Input Tt22(ClassFacts facts, RosterEntry student)
    {
        var (rows, at) = (facts.Rows, facts.Rows.StudentAt(student.StudentId));
        var subjects = new List<Tt22Subject>(facts.Subjects.Count);
        Dictionary<string, SubjectMark>? retests = null;
        for (var i = 0; i < facts.Subjects.Count; i++)
        {
            var (subject, position) = (facts.Subjects[i], facts.SubjectPositions[i]);
            if (rows.IsExempt(at, position, GradingPeriod.Year))
            {
                continue;
            }
            // A term the student is exempt from is not given; one with no stored row is given empty (chưa đủ điểm).
            var hk1 = rows.IsExempt(at, position, GradingPeriod.Hk1) ? (GivenTerm?)null : new GivenTerm(rows.Subject(at, position, GradingPeriod.Hk1));
            var hk2 = rows.IsExempt(at, position, GradingPeriod.Hk2) ? (GivenTerm?)null : new GivenTerm(rows.Subject(at, position, GradingPeriod.Hk2));
            if (hk1 is null && hk2 is null)
            {
                continue; // exempt in both terms (Điều 10–11): not assessed this year
            }
            var year = rows.Subject(at, position, GradingPeriod.Year);
            if (Retest(subject, year) is { } retest)
            {
                (retests ??= [])[subject.Code] = retest;
            }
            subjects.Add(subject.Assessment == SubjectAssessment.CommentOnly
                ? new CommentSubject(subject.Code)
                {
                    Name = subject.Name,
                    Hk1 = Comment(hk1),
                    Hk2 = Comment(hk2),
                    Year = year is { Complete: true } ? ResultCodes.Comment(year.Level) : null,
                }
                : new ScoredSubject(subject.Code, RegularAssessments.CountFor(subject, facts.Class.Grade) ?? 2)
                {
                    Name = subject.Name,
                    Hk1 = Scored(hk1),
                    Hk2 = Scored(hk2),
                    Year = year is { Complete: true, AverageTenths: { } y } ? Score.FromTenths(y) : null,
                });
        }
        var hk1Row = rows.Stored(at, GradingPeriod.Hk1);
        var hk2Row = rows.Stored(at, GradingPeriod.Hk2);
        var yearRow = rows.Stored(at, GradingPeriod.Year);
        var summerConduct = ResultCodes.Achievement(yearRow?.SummerConduct);
        return new Tt22Input(facts.Class.Grade, subjects)
        {
            ConductHk1 = ResultCodes.Achievement(hk1Row?.Conduct),
            ConductHk2 = ResultCodes.Achievement(hk2Row?.Conduct),
            // Điều 12 khoản 1 điểm c: sessions absent, with or without permission. What the GVCN entered
            // wins; a term without an entry counts what attendance recorded (none recorded: none).
            Absences = yearRow?.Absences ?? ((hk1Row?.Absences ?? Attended(facts, student, GradingPeriod.Hk1)) + (hk2Row?.Absences ?? Attended(facts, student, GradingPeriod.Hk2))),
            Summer = summerConduct is null && retests is null ? null : new Tt22Summer { Conduct = summerConduct, Retests = retests ?? [] },
        };
    }

    private static int Attended(ClassFacts facts, RosterEntry student, GradingPeriod term) => facts.Attended.GetValueOrDefault((student.StudentId, term));

    /// <summary>A term given to the engine: its stored row, or none yet (null Row).</summary>
    private readonly record struct GivenTerm(SubjectResult? Row);

    private static ScoredTerm? Scored(GivenTerm? term) => term switch
    {
        null => null,
        { Row: { Complete: true, AverageTenths: { } t } } => RecordedScores[t],
        _ => EmptyScored,
    };

    private static CommentTerm? Comment(GivenTerm? term) => term switch
    {
        null => null,
        { Row: { Complete: true, Level: var level } } when ResultCodes.Comment(level) is { } r => r == CommentResult.Dat ? RecordedDat : RecordedChuaDat,
        _ => EmptyComment,
    };

    private static SubjectMark? Retest(SubjectRef subject, SubjectResult? year) => year switch
    {
        { RetestTenths: { } t } when subject.Assessment != SubjectAssessment.CommentOnly => SubjectMark.Of(Score.FromTenths(t)),
        { RetestLevel: { } l } when ResultCodes.Comment(l) is { } r => SubjectMark.Of(r),
        _ => null,
    };

    /// <summary>TT27: each subject's end-of-year level and test (stored as tenths of a whole score), the qualities the GVCN rated.</summary>
    public static (Tt27Input Input, List<MissingAssessment> Missing) Tt27(ClassFacts facts, RosterEntry student)
    {
        var (rows, at) = (facts.Rows, facts.Rows.StudentAt(student.StudentId));
        var subjects = new List<Tt27Subject>();
        var missing = new List<MissingAssessment>();
        for (var i = 0; i < facts.Subjects.Count; i++)
        {
            var (subject, position) = (facts.Subjects[i], facts.SubjectPositions[i]);
            if (rows.IsExempt(at, position, GradingPeriod.Year))
            {
                continue;
            }
            var year = rows.Subject(at, position, GradingPeriod.Year);
            if (ResultCodes.Tt27Level(year?.Level) is not { } level)
            {
                missing.Add(new MissingAssessment(subject.Code, Term.Year, "level"));
                continue;
            }
            subjects.Add(new Tt27Subject(subject.Code, level, year!.AverageTenths is { } t ? t / 10 : null) { Name = subject.Name });
        }
        var traits = Traits.Read(rows.Stored(at, GradingPeriod.Year)?.Qualities);
        return (new Tt27Input(facts.Class.Grade, subjects, traits.Qualities, traits.Competences), missing);
    }
}

/// <summary>TT27 Điều 8: the qualities and competences as stored in StudentResult.Qualities, keyed as the calculator names them.</summary>
public sealed record Traits(Dictionary<string, Tt27Quality> Qualities, Dictionary<string, Tt27Quality> Competences)
{
    public static Traits Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new([], []);
        }
        try
        {
            return JsonSerializer.Deserialize<Traits>(json, GradingSettingsStore.Json) ?? new([], []);
        }
        catch (JsonException)
        {
            return new([], []);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, GradingSettingsStore.Json);
}
