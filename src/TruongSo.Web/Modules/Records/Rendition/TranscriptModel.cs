namespace TruongSo.Web.Modules.Records.Rendition;

/// <summary>The học bạ form a transcript follows: TT22 (grades 6–12), TT27 (grades 1–5), or the legacy TT58 (shown as recorded).</summary>
public enum TranscriptForm { Tt22, Tt27, Tt58 }

/// <summary>One row of the subject table, already in the words the học bạ prints ("8,5", "Đ", "Hoàn thành tốt").</summary>
public sealed record SubjectLine(string Code, string Name, bool CommentOnly, string Hk1, string Hk2, string Year, string Retest, string Comment);

/// <summary>Learning, conduct and absences of one period, printed.</summary>
public sealed record PeriodLine(string Period, string Learning, string Conduct, string Absences);

/// <summary>TT27 Điều 8: a quality or competence with its level, printed.</summary>
public sealed record TraitLine(string Group, string Name, string Level);

/// <summary>
/// Everything one transcript (one student, one school year) prints and the XML carries, in NFC
/// Vietnamese. Built by <see cref="TranscriptSource"/> from the gradebook, People and Organization.
/// </summary>
public sealed record TranscriptModel(
    Guid StudentId, Guid SchoolId, Guid SchoolYearId, Guid ClassId,
    string Department, string SchoolName, string SchoolCode, string SchoolYear, string ClassName, int Grade, TranscriptForm Form,
    string FullName, string StudentCode, string? PersonalId, DateOnly DateOfBirth, string Gender, string Ethnicity, string? PlaceOfBirth, string? Address,
    IReadOnlyList<SubjectLine> Subjects, IReadOnlyList<PeriodLine> Periods, IReadOnlyList<TraitLine> Traits,
    string YearEndOutcome, string SummerConduct, string RetestSubjects, string FinalOutcome, string Honour,
    string HomeroomComment, string HomeroomTeacher, string Principal, bool YearLocked)
{
    public string Level => Form == TranscriptForm.Tt27 ? "TIỂU HỌC" : Grade >= 10 ? "TRUNG HỌC PHỔ THÔNG" : "TRUNG HỌC CƠ SỞ";

    public string FormName => Form switch
    {
        TranscriptForm.Tt27 => "Thông tư 27/2020/TT-BGDĐT",
        TranscriptForm.Tt58 => "Thông tư 58/2011/TT-BGDĐT (sửa đổi bởi Thông tư 26/2020/TT-BGDĐT)",
        _ => "Thông tư 22/2021/TT-BGDĐT",
    };
}
