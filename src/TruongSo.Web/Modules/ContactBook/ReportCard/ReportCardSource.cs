using System.Globalization;
using TruongSo.Web.Modules.ContactBook.Reach;
using TruongSo.Web.Modules.Gradebook.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.ContactBook.ReportCard;

/// <summary>
/// What a phiếu liên lạc says, read from the gradebook through its contract (IYearRecords: subject
/// results, learning, conduct, the GVCN's comment, absences) and from the school's structure.
/// </summary>
public sealed class ReportCardSource(IYearRecords records, ISchoolStructure structure, IOrgDirectory orgs, IClassRosters rosters, ClassTeachers teachers)
{
    /// <summary>Every student placed in the class, one card each, in Vietnamese order.</summary>
    public async Task<IReadOnlyList<ReportCardModel>> ForClassAsync(ClassRef cls, string period, Guid? onlyStudent = null, CancellationToken ct = default)
    {
        var year = await structure.YearAsync(cls.SchoolYearId, ct);
        var school = await structure.SchoolAsync(cls.SchoolId, ct);
        var province = school?.ProvinceId is { } p ? await orgs.FindAsync(p, ct) : null;
        var place = province?.Name.Replace("Thành phố ", "", StringComparison.Ordinal).Replace("Tỉnh ", "", StringComparison.Ordinal);
        var department = ("Sở Giáo dục và Đào tạo " + place).Trim().ToUpperInvariant();
        var subjects = (await structure.SubjectsAsync(cls.SchoolId, ct)).Where(s => s.PeriodsByGrade.ContainsKey(cls.Grade)).ToList();
        var gvcn = (await teachers.OfClassAsync(cls.Id, ct)).FirstOrDefault(t => t.IsHomeroom)?.FullName ?? "";
        var byStudent = await records.ForClassAsync(cls.Id, cls.SchoolYearId, ct);
        // A monthly card reports the term so far (the gradebook keeps results by term, not by month).
        var month = ReportCardLabels.Month(period, year);
        var label = month is { } m ? $"Tháng {m.Month.Month}/{m.Month.Year}" : ReportCardLabels.Period(period);
        var term = month?.Term ?? period;
        var roster = (await rosters.ForClassAsync(cls.Id, ct)).Where(r => onlyStudent is null || r.StudentId == onlyStudent);
        return [.. roster.Select(r =>
        {
            var record = byStudent.GetValueOrDefault(r.StudentId);
            var overall = record?.Periods.FirstOrDefault(x => x.Period == term);
            return new ReportCardModel(department, school?.Name ?? "", year?.Name ?? "", label, r.FullName, r.StudentCode,
                r.DateOfBirth.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), cls.Name,
                [.. subjects.Select(s => Subject(s, record?.Subjects.FirstOrDefault(x => x.SubjectId == s.Id)?.Periods.FirstOrDefault(x => x.Period == term)))],
                ReportCardLabels.Code(overall?.Learning), ReportCardLabels.Code(overall?.Conduct), Absences(overall),
                overall?.HomeroomComment ?? "", gvcn, month is not null || overall is not { Closed: true });
        })];
    }

    private static ReportCardSubject Subject(SubjectRef subject, SubjectPeriodRecord? result) => new(subject.Name, result switch
    {
        null => "",
        { Exempt: true } => "Miễn",
        { Complete: false } => "Chưa đủ điểm",
        { AverageTenths: { } t } => ReportCardLabels.Score(t),
        _ => ReportCardLabels.Code(result.Level),
    }, result?.Comment ?? "");

    // TODO(#6): read the term's totals from Modules/Attendance/Contracts once the attendance helper's
    // contract is on main; until then the sessions missed are those the GVCN recorded in the gradebook.
    private static string Absences(PeriodRecord? overall) => overall?.Absences is { } n ? $"{n} buổi" : "";
}
