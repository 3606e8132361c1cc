using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.ExportMarks;

/// <summary>
/// Tổng hợp kết quả of a class for a term or the year: students × subjects (ĐTB or Đ/CĐ), then
/// học tập, rèn luyện and, for the year, absences, the year-end outcome and the title; below it
/// the counts per level. For those who read the whole class (GVCN, school, Sở).
/// </summary>
public sealed class ExportSummary(AppDbContext db, GradebookAccess access, ISchoolStructure structure, IClassRosters rosters,
    ClassHeading heading, ClassStudentResults studentResults, AuditLog audit)
{
    public static GradingPeriod? ParsePeriod(string? period) => period switch
    {
        "hk1" => GradingPeriod.Hk1,
        "hk2" => GradingPeriod.Hk2,
        "year" or "cn" or null or "" => GradingPeriod.Year,
        _ => null,
    };

    public async Task<GradebookFile?> HandleAsync(ClaimsPrincipal user, Guid classId, GradingPeriod period, CancellationToken ct = default)
    {
        if (await access.ForClassAsync(user, classId, ct) is not { SeesWholeClass: true } book)
        {
            return null;
        }
        var subjects = (await structure.SubjectsAsync(book.Class.SchoolId, ct)).Where(s => s.PeriodsByGrade.ContainsKey(book.Class.Grade)).ToList();
        var students = await ExportMarks.StudentsOfTermAsync(rosters, book, period == GradingPeriod.Hk1 ? 1 : 2, ct);
        var ids = students.Select(s => s.StudentId).ToList();
        var results = (await db.Set<SubjectResult>().AsNoTracking()
            .Where(r => r.SchoolYearId == book.Year.Id && r.Period == period && ids.Contains(r.StudentId)).ToListAsync(ct))
            .ToDictionary(r => (r.StudentId, r.SubjectId));
        var closing = await studentResults.ForClassAsync(classId, book.Year.Id, period, ct);
        var overall = closing.Students;
        var year = period == GradingPeriod.Year;
        string[] headers = [MarkSheetLayout.Number, MarkSheetLayout.Code, MarkSheetLayout.Name, .. subjects.Select(s => s.Name), "Học tập", "Rèn luyện",
            .. year ? YearHeaders : []];
        var names = subjects.ToDictionary(s => s.Code, s => s.Name, StringComparer.OrdinalIgnoreCase);
        var rows = students.Select((s, i) =>
        {
            var r = overall.GetValueOrDefault(s.StudentId);
            object?[] yearEnd = year ? [r?.Absences, GradeLabels.Outcome(r?.FinalOutcome ?? r?.YearEndOutcome), Summer(r, names), GradeLabels.Honour(r?.Honour)] : [];
            return (object?[])
            [
                i + 1, s.StudentCode, s.FullName,
                .. subjects.Select(sub => results.GetValueOrDefault((s.StudentId, sub.Id)) is { Exempt: false, AverageTenths: { } t } ? new ScoreCell(t)
                    : (object)GradeLabels.SubjectResult(results.GetValueOrDefault((s.StudentId, sub.Id)))),
                GradeLabels.Achievement(r?.Learning), GradeLabels.Achievement(r?.Conduct), .. yearEnd,
            ];
        }).ToList();
        var (department, school) = await heading.SchoolLinesAsync(book.Class.SchoolId, ct);
        var homeroom = await heading.TeacherAsync(classId, null, 0, ct);
        var table = new GradebookTable("TongHop",
            [department, school, "TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ", $"Lớp: {book.Class.Name}    {GradeLabels.Period(period)}    Năm học: {book.Year.Name}", $"Giáo viên chủ nhiệm: {homeroom}{(closing.Closed ? "" : "    (Kết quả tạm tính: giáo viên chủ nhiệm chưa chốt)")}"],
            headers, rows, [6, 14, 28, .. subjects.Select(_ => 9.0), 10, 10, .. year ? YearWidths : []],
            Counts(overall.Values.ToList(), students.Count, year));
        audit.Record(new AuditChange("gradebook.export", "gradebook.class", classId.ToString(), null,
            new { Rows = rows.Count, File = "summary.xlsx", Period = period.ToString() }, SchoolId: book.Class.SchoolId));
        await db.SaveChangesAsync(ct);
        var suffix = period switch { GradingPeriod.Hk1 => "hk1", GradingPeriod.Hk2 => "hk2", _ => "ca-nam" };
        return new(GradebookWorkbook.ToBytes(table), $"tong-hop-{ExportMarks.FileSafe(book.Class.Name)}-{suffix}.xlsx");
    }

    private static readonly string[] YearHeaders = ["Nghỉ (buổi)", "Kết quả", "Rèn luyện, kiểm tra lại hè", "Danh hiệu"];
    private static readonly double[] YearWidths = [9, 14, 20, 18];
    private static readonly string[] Levels = ["Tot", "Kha", "Dat", "ChuaDat"];
    private static readonly string[] Outcomes = ["LenLop", "OLaiLop", "ChoHe"];
    private static readonly string[] Honours = ["XuatSac", "Gioi"];

    /// <summary>TT22 Điều 12 khoản 2, Điều 14: summer conduct training and the subjects to re-test, by name.</summary>
    public static string Summer(StudentResult? r, IReadOnlyDictionary<string, string> subjectNames)
    {
        var parts = new List<string>();
        if (r?.SummerConductTraining == true)
        {
            parts.Add("Rèn luyện hè");
        }
        if (!string.IsNullOrEmpty(r?.RetestSubjects))
        {
            parts.Add("Kiểm tra lại: " + string.Join(", ", r.RetestSubjects.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(code => subjectNames.GetValueOrDefault(code, code))));
        }
        return string.Join("; ", parts);
    }

    /// <summary>Thống kê: how many students at each level (and, for the year, each outcome and title), with the share of the class.</summary>
    private static List<object?[]> Counts(IReadOnlyList<StudentResult> results, int total, bool year)
    {
        string Share(int n) => total == 0 ? "" : (n * 100m / total).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') + " %";
        var lines = new List<object?[]> { new object?[] { "Thống kê" } };
        foreach (var (title, pick) in new (string, Func<StudentResult, string?>)[] { ("Học tập", r => r.Learning), ("Rèn luyện", r => r.Conduct) })
        {
            lines.Add([title, .. Levels.SelectMany(code =>
            {
                var n = results.Count(r => pick(r) == code);
                return (object?[])[GradeLabels.Achievement(code), n, Share(n)];
            })]);
        }
        if (year)
        {
            lines.Add(["Kết quả", .. Outcomes.SelectMany(code =>
            {
                var n = results.Count(r => (r.FinalOutcome ?? r.YearEndOutcome) == code);
                return (object?[])[GradeLabels.Outcome(code), n, Share(n)];
            })]);
            lines.Add(["Danh hiệu", .. Honours.SelectMany(code =>
            {
                var n = results.Count(r => r.Honour == code);
                return (object?[])[GradeLabels.Honour(code), n, Share(n)];
            })]);
        }
        return lines;
    }
}
