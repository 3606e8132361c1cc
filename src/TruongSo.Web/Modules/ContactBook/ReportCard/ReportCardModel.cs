namespace TruongSo.Web.Modules.ContactBook.ReportCard;

public sealed record ReportCardSubject(string Name, string Result, string Comment);

/// <summary>One student's phiếu liên lạc for one period, every string as printed.</summary>
public sealed record ReportCardModel(string Department, string SchoolName, string SchoolYear, string Period, string StudentName, string StudentCode,
    string DateOfBirth, string ClassName, IReadOnlyList<ReportCardSubject> Subjects, string Learning, string Conduct, string Absences,
    string HomeroomComment, string HomeroomTeacher, bool Provisional);
