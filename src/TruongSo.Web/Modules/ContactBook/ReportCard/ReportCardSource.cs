using System.Globalization;
using TruongSo.Web.Modules.Attendance.Contracts;
using TruongSo.Web.Modules.ContactBook.Reach;
using TruongSo.Web.Modules.Gradebook.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.ContactBook.ReportCard;

/// <summary>
/// What a phiếu liên lạc says, read from the gradebook through its contract (IYearRecords: subject
/// results, learning, conduct, the GVCN's comment), from attendance (IAttendanceTotals: sessions missed in
/// the period) and from the school's structure.
/// </summary>
public sealed class ReportCardSource(IYearRecords records, ISchoolStructure structure, IOrgDirectory orgs, IClassRosters rosters, ClassTeachers teachers,
    IAttendanceTotals attendance)
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
        var roster = (await rosters.ForClassAsync(cls.Id, ct)).Where(r => onlyStudent is null || r.StudentId == onlyStudent).ToList();
        var absent = year is null ? new Dictionary<Guid, AbsenceTotals>() : await AbsentAsync([.. roster.Select(r => r.StudentId)], year, term, month?.Month, ct);
        return [.. roster.Select(r =>
        {
            var record = byStudent.GetValueOrDefault(r.StudentId);
            var overall = record?.Periods.FirstOrDefault(x => x.Period == term);
            return new ReportCardModel(department, school?.Name ?? "", year?.Name ?? "", label, r.FullName, r.StudentCode,
                r.DateOfBirth.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), cls.Name,
                [.. subjects.Select(s => Subject(s, record?.Subjects.FirstOrDefault(x => x.SubjectId == s.Id)?.Periods.FirstOrDefault(x => x.Period == term)))],
                ReportCardLabels.Code(overall?.Learning), ReportCardLabels.Code(overall?.Conduct), Absences(absent.GetValueOrDefault(r.StudentId), overall),
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

    private async Task<IReadOnlyDictionary<Guid, AbsenceTotals>> AbsentAsync(IReadOnlyCollection<Guid> students, SchoolYearRef year, string term, DateOnly? month, CancellationToken ct)
    {
        var (from, to) = Span(year, term, month);
        return await attendance.ForStudentsAsync(students, from, to, ct);
    }

    /// <summary>The days a card covers: its month, its term, or the whole year.</summary>
    private static (DateOnly From, DateOnly To) Span(SchoolYearRef year, string term, DateOnly? month) => (month, term) switch
    {
        ({ } m, _) => (m, m.AddMonths(1).AddDays(-1)),
        (_, "hk1") => (year.Term1Start, year.Term1End),
        (_, "hk2") => (year.Term2Start, year.Term2End),
        _ => (year.Term1Start, year.Term2End),
    };

    /// <summary>Sessions missed as attendance recorded them; a school that does not take attendance here keeps the number its GVCN entered in the gradebook.</summary>
    private static string Absences(AbsenceTotals? taken, PeriodRecord? overall) => taken switch
    {
        { } t => $"{t.Sessions} buổi (có phép {t.Excused}, không phép {t.Unexcused})" + (t.Late > 0 ? $", đi muộn {t.Late} lần" : ""),
        null when overall?.Absences is { } n => $"{n} buổi",
        _ => "0 buổi",
    };
}
