using TruongSo.Web.Modules.Gradebook.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using static TruongSo.Web.Modules.Records.Rendition.TranscriptSource;

namespace TruongSo.Web.Modules.Records.Rendition;

/// <summary>Turns the gradebook's codes into the printed transcript (<see cref="TranscriptModel"/>); pure, so the class sheet reuses it.</summary>
public static class TranscriptBuilder
{
    public static TranscriptModel Build(ClassContext at, StudentParticulars student, StudentYearRecord record, bool yearLocked)
    {
        var year = record.Periods.FirstOrDefault(p => p.Period == "year");
        var form = FormOf(record, at.Class.Grade, at.Year.StartYear);
        var subjects = at.Subjects.Select(s => Line(s, record.Subjects.FirstOrDefault(r => r.SubjectId == s.Id))).ToList();
        var periods = new[] { ("hk1", "Học kì I"), ("hk2", "Học kì II"), ("year", "Cả năm") }
            .Select(p => (Name: p.Item2, Row: record.Periods.FirstOrDefault(r => r.Period == p.Item1)))
            .Select(p => new PeriodLine(p.Name, TranscriptLabels.Achievement(p.Row?.Learning, form), TranscriptLabels.Achievement(p.Row?.Conduct, form),
                p.Row?.Absences?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")).ToList();
        var info = at.School.Info;
        return new TranscriptModel(student.Id, at.Class.SchoolId, at.Year.Id, at.Class.Id,
            at.School.Department, Nfc(info?.Name), info?.Code ?? "", Nfc(at.Year.Name), Nfc(at.Class.Name), at.Class.Grade, form,
            Nfc(student.FullName), student.StudentCode, student.PersonalId, student.DateOfBirth, student.Gender == Gender.Female ? "Nữ" : "Nam",
            Nfc(Ethnicities.ByCode.GetValueOrDefault(student.EthnicityCode, student.EthnicityCode)), Nfc(student.PlaceOfBirth), Nfc(student.Address),
            subjects, periods, TranscriptLabels.Traits(year?.Qualities),
            TranscriptLabels.Outcome(year?.YearEndOutcome), TranscriptLabels.Achievement(year?.SummerConduct, form), Nfc(year?.RetestSubjects),
            TranscriptLabels.Outcome(year?.FinalOutcome), TranscriptLabels.Honour(year?.Honour),
            Nfc(year?.HomeroomComment), Nfc(at.HomeroomTeacher), Nfc(at.School.Principal), yearLocked);
    }

    /// <summary>The rule set the gradebook recorded the year under; when it recorded none, the one the grade and year imply (RuleSets).</summary>
    public static TranscriptForm FormOf(StudentYearRecord record, int grade, int startYear) =>
        record.Periods.Select(p => p.RuleSet).FirstOrDefault(r => !string.IsNullOrEmpty(r)) switch
        {
            "TT27" => TranscriptForm.Tt27,
            "TT58" => TranscriptForm.Tt58,
            "TT22" => TranscriptForm.Tt22,
            _ => grade <= 5 ? TranscriptForm.Tt27 : TruongSo.Rules.Grading.RuleSets.For(startYear, grade) == TruongSo.Rules.Grading.RuleSet.Tt58 ? TranscriptForm.Tt58 : TranscriptForm.Tt22,
        };

    private static SubjectLine Line(SubjectRef subject, SubjectRecord? record)
    {
        SubjectPeriodRecord? Of(string period) => record?.Periods.FirstOrDefault(p => p.Period == period);
        var year = Of("year");
        var comment = year?.Comment ?? Of("hk2")?.Comment ?? Of("hk1")?.Comment;
        return new SubjectLine(subject.Code, Nfc(subject.Name), subject.Assessment == SubjectAssessment.CommentOnly,
            TranscriptLabels.Subject(Of("hk1")), TranscriptLabels.Subject(Of("hk2")), TranscriptLabels.Subject(year), TranscriptLabels.Retest(year), Nfc(comment));
    }
}
