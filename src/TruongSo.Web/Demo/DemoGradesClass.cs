using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Demo;

/// <summary>The rows the demo writes, gathered for one bulk insert per table.</summary>
internal sealed class DemoGradeRows
{
    public List<MarkRow> MarkRows { get; } = [];
    public List<SubjectResult> SubjectResults { get; } = [];
    public List<StudentResult> StudentResults { get; } = [];
    public List<Sheet> Sheets { get; } = [];
}

/// <summary>
/// One class's year in the demo: marks from the model, then every result by the real code — the
/// subject results by <see cref="SubjectResultsWriter.Compute"/>, the students' by
/// <see cref="ClassEvaluator.Evaluate"/> and <see cref="ClassEvaluationRows.Compute"/>, as the GVCN's
/// close stores them. In the finished year the engine names who goes to the summer; they pass
/// their re-tests and training (their People decision already says promoted), and it decides again.
/// </summary>
internal sealed class DemoGradesClass(DemoGradesModel model, GradingSettings settings, DateTime now, DemoGradeRows rows)
{
    public void Add(SchoolInfo school, SchoolYearRef year, ClassRef cls, IReadOnlyList<SubjectRef> schoolSubjects, IReadOnlyList<RosterEntry> students,
        IReadOnlyDictionary<Guid, (DemoFate Fate, Guid? Subject)> fates, bool finished)
    {
        var subjects = schoolSubjects.Select(s => (Subject: s, Rules: SubjectRules.For(s, cls, year))).Where(s => s.Rules is not null).ToList();
        var subjectRows = new Dictionary<(Guid, Guid, GradingPeriod), SubjectResult>();
        foreach (var (subject, rules) in subjects)
        {
            foreach (var student in students)
            {
                var (fate, weakSubject) = fates.GetValueOrDefault(student.StudentId);
                var weak = weakSubject == subject.Id;
                var marks = new List<Mark>();
                foreach (var term in new[] { 1, 2 })
                {
                    var (tx, exams) = finished || term == 1 ? (4, true) : ((rules!.RegularCount + 1) / 2, false);
                    var ofTerm = model.Term(student.StudentId, subject.Id, rules!, fate, weak, term, tx, exams).Select(m => new Mark
                    {
                        SchoolId = cls.SchoolId, SchoolYearId = year.Id, ClassId = cls.Id, SubjectId = subject.Id, StudentId = student.StudentId,
                        Term = term, Column = m.Column, Tenths = m.Tenths, Level = m.Level, UpdatedAt = now,
                    }).ToList();
                    if (ofTerm.Count > 0)
                    {
                        rows.MarkRows.Add(MarkRow.Of(ofTerm));
                        marks.AddRange(ofTerm);
                    }
                }
                var outcome = SubjectResultsWriter.Compute(rules!, marks, new HashSet<GradingPeriod>(), settings);
                foreach (var period in new[] { GradingPeriod.Hk1, GradingPeriod.Hk2, GradingPeriod.Year })
                {
                    var o = outcome.For(period);
                    var row = subjectRows[(student.StudentId, subject.Id, period)] = new SubjectResult
                    {
                        SchoolId = cls.SchoolId, SchoolYearId = year.Id, ClassId = cls.Id, SubjectId = subject.Id, StudentId = student.StudentId, Period = period,
                        Complete = o.Complete, AverageTenths = o.AverageTenths, Level = o.Level, Exempt = o.Exempt, ComputedAt = now,
                    };
                    rows.SubjectResults.Add(row);
                }
            }
            foreach (var term in finished ? new[] { 1, 2 } : [1])
            {
                rows.Sheets.Add(new Sheet { SchoolId = cls.SchoolId, SchoolYearId = year.Id, ClassId = cls.Id, SubjectId = subject.Id, Period = (GradingPeriod)term, CompletedAt = now });
            }
        }
        var periods = finished ? new[] { GradingPeriod.Hk1, GradingPeriod.Hk2, GradingPeriod.Year } : [GradingPeriod.Hk1];
        var studentRows = Homeroom(school, year, cls, students, fates, periods);
        var ruleSet = RuleSets.For(year.StartYear, cls.Grade);
        var facts = new ClassFacts(cls, year, school, ruleSet, [.. subjects.Select(s => s.Subject)], students, subjectRows, studentRows, new HashSet<(Guid, Guid, GradingPeriod)>());
        var evaluation = ClassEvaluator.Evaluate(facts, settings, explain: false);
        if (finished && Summer(evaluation, subjects.Select(s => s.Subject).ToList(), subjectRows, studentRows))
        {
            evaluation = ClassEvaluator.Evaluate(facts, settings, explain: false);
        }
        foreach (var s in evaluation.Students)
        {
            foreach (var period in periods)
            {
                Store(studentRows[(s.Student.StudentId, period)], ClassEvaluationRows.Compute(s, period), period, ruleSet);
            }
        }
        rows.Sheets.AddRange(periods.Select(p => new Sheet { SchoolId = cls.SchoolId, SchoolYearId = year.Id, ClassId = cls.Id, Period = p, CompletedAt = now }));
    }

    /// <summary>The GVCN's part: conduct and absences per term (TT27: the qualities and competences for the year).</summary>
    private Dictionary<(Guid, GradingPeriod), StudentResult> Homeroom(SchoolInfo school, SchoolYearRef year, ClassRef cls, IReadOnlyList<RosterEntry> students,
        IReadOnlyDictionary<Guid, (DemoFate Fate, Guid? Subject)> fates, GradingPeriod[] periods)
    {
        var result = new Dictionary<(Guid, GradingPeriod), StudentResult>();
        var primary = cls.Grade < RegularAssessments.FirstGrade;
        foreach (var student in students)
        {
            var fate = fates.GetValueOrDefault(student.StudentId).Fate;
            foreach (var period in periods)
            {
                var term = period == GradingPeriod.Year ? 0 : (int)period;
                var row = result[(student.StudentId, period)] = new StudentResult
                {
                    SchoolId = school.Id, SchoolYearId = year.Id, ClassId = cls.Id, StudentId = student.StudentId, Period = period, UpdatedAt = now,
                    Conduct = primary || term == 0 ? null : model.Conduct(student.StudentId, fate, term),
                    Absences = term == 0 ? null : model.Absences(fate, term),
                    Qualities = primary && term == 0 ? Traits(student.StudentId) : null,
                };
                rows.StudentResults.Add(row);
            }
            if (result.TryGetValue((student.StudentId, GradingPeriod.Year), out var yearRow))
            {
                yearRow.Absences = result.Where(r => r.Key.Item1 == student.StudentId && r.Key.Item2 != GradingPeriod.Year).Sum(r => r.Value.Absences ?? 0);
            }
        }
        return result;
    }

    private string Traits(Guid studentId)
    {
        var good = model.Ability(studentId) >= 7.5m;
        Dictionary<string, Tt27Quality> Rate(IEnumerable<(string Key, string Name)> keys) => keys.ToDictionary(k => k.Key, _ => good ? Tt27Quality.Tot : Tt27Quality.Dat);
        return new Traits(Rate(Tt27Engine.Qualities), Rate(Tt27Engine.Competences)).ToJson();
    }

    /// <summary>TT22 Điều 13–14: the re-tests the engine asked for pass, and summer training brings conduct to Đạt.</summary>
    private bool Summer(ClassEvaluation evaluation, List<SubjectRef> subjects, Dictionary<(Guid, Guid, GradingPeriod), SubjectResult> subjectRows,
        Dictionary<(Guid, GradingPeriod), StudentResult> studentRows)
    {
        var any = false;
        foreach (var s in evaluation.Students.Where(s => s.Tt22?.YearEnd is { Outcome: Outcome.ChoHe }))
        {
            var decision = s.Tt22!.YearEnd!;
            foreach (var code in decision.RetestSubjects)
            {
                var subject = subjects.First(x => x.Code == code);
                var row = subjectRows[(s.Student.StudentId, subject.Id, GradingPeriod.Year)];
                (row.RetestTenths, row.RetestLevel) = subject.Assessment == SubjectAssessment.CommentOnly ? ((int?)null, "D") : (model.RetestTenths(), (string?)null);
            }
            if (decision.SummerConductTraining)
            {
                studentRows[(s.Student.StudentId, GradingPeriod.Year)].SummerConduct = nameof(Achievement.Dat);
            }
            any = true;
        }
        return any;
    }

    private static void Store(StudentResult row, StoredResults r, GradingPeriod period, RuleSet ruleSet)
    {
        row.RuleSet = ResultCodes.Of(ruleSet);
        (row.Learning, row.LearningComputed, row.YearEndOutcome, row.SummerConductTraining, row.RetestSubjects, row.FinalOutcome, row.Honour) =
            (r.Learning, r.LearningComputed, r.YearEndOutcome, r.SummerConductTraining, r.RetestSubjects, r.FinalOutcome, r.Honour);
        if (period == GradingPeriod.Year && ruleSet == RuleSet.Tt22)
        {
            row.Conduct = r.Conduct; // the year's conduct is derived from the terms' (Điều 8 khoản 2), as the close stores it
        }
    }
}
