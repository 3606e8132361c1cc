using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.EnterMarks;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.ExportMarks;

public sealed record GradebookFile(byte[] Bytes, string FileName);

/// <summary>
/// One page of the sổ điểm (class × subject × term) as xlsx in the familiar layout, for whoever
/// may read it (SheetFinder, through GradebookAccess: 404 for a class they do not
/// read, 403 for a subject of it they do not teach). Audited, as every
/// export of personal data is (Decree 13/2023).
/// </summary>
public sealed class ExportMarks(AppDbContext db, SheetFinder finder, IClassRosters rosters, ClassHeading heading, AuditLog audit)
{
    public async Task<(GradebookFile? File, Refusal? Refusal)> HandleAsync(ClaimsPrincipal user, Guid classId, Guid subjectId, int term, CancellationToken ct = default)
    {
        var (sheet, refusal) = await finder.FindAsync(user, classId, subjectId, term, write: false, ct);
        if (sheet is null)
        {
            return (null, refusal);
        }
        var layout = new MarkSheetLayout(sheet);
        var students = await StudentsOfTermAsync(rosters, sheet.Gradebook, term, ct);
        var ids = students.Select(s => s.StudentId).ToList();
        var marks = (await db.Set<MarkRow>()
            .Where(r => r.SchoolYearId == sheet.Year.Id && r.SubjectId == subjectId && r.Term == term && ids.Contains(r.StudentId)).MarksAsync(ct))
            .ToDictionary(m => (m.StudentId, m.Column));
        var periods = layout.ResultColumns.Select(c => c.Period).ToList();
        var results = (await db.Set<SubjectResult>().AsNoTracking()
            .Where(r => r.SchoolYearId == sheet.Year.Id && r.SubjectId == subjectId && periods.Contains(r.Period) && ids.Contains(r.StudentId)).ToListAsync(ct))
            .ToDictionary(r => (r.StudentId, r.Period));
        var rows = students.Select((s, i) => (object?[])
        [
            i + 1, s.StudentCode, s.FullName,
            .. layout.MarkColumns.Select(c => MarkSheetLayout.Value(c.Column, marks.GetValueOrDefault((s.StudentId, c.Column.Column)))),
            .. layout.ResultColumns.Select(c => Result(results.GetValueOrDefault((s.StudentId, c.Period)))),
        ]).ToList();
        var (department, school) = await heading.SchoolLinesAsync(sheet.Class.SchoolId, ct);
        var teacher = await heading.TeacherAsync(classId, subjectId, term, ct);
        var table = new GradebookTable(MarkSheetLayout.SheetName, [department, school, "SỔ ĐIỂM", layout.Title, $"Giáo viên bộ môn: {teacher}"],
            layout.Headers, rows, layout.Widths, [[Legend(sheet)]]);
        audit.Record(new AuditChange("gradebook.export", SaveMarks.EntityType, sheet.EntityId, null,
            new { Rows = rows.Count, File = "marks.xlsx" }, SchoolId: sheet.Class.SchoolId));
        await db.SaveChangesAsync(ct);
        return (new(GradebookWorkbook.ToBytes(table, MarkVersions.Table(layout, students, marks)), $"so-diem-{FileSafe(sheet.Class.Name)}-{sheet.Subject.Code.ToLowerInvariant()}-hk{term}.xlsx"), null);
    }

    private static string Legend(SheetRef sheet) => sheet.Rules.Kind switch
    {
        SheetKind.Comment => "Môn đánh giá bằng nhận xét: Đ (Đạt), CĐ (Chưa đạt). \"(bù)\": kiểm tra bù; \"(vắng)\": vắng không lí do.",
        SheetKind.Primary => "Mức đạt: T (Hoàn thành tốt), H (Hoàn thành), C (Chưa hoàn thành); điểm kiểm tra là số nguyên.",
        _ => "Điểm ghi một chữ số thập phân. \"(bù)\": kiểm tra bù; \"(vắng)\": vắng không lí do. Các cột ĐTB do hệ thống tính, không cần nhập.",
    };

    /// <summary>Everyone who sat in the class during the term, in Vietnamese order.</summary>
    public static async Task<IReadOnlyList<RosterEntry>> StudentsOfTermAsync(IClassRosters rosters, ClassGradebook book, int term, CancellationToken ct)
    {
        var (start, end) = term == 1 ? (book.Year.Term1Start, book.Year.Term1End) : (book.Year.Term2Start, book.Year.Term2End);
        return [.. (await rosters.ForClassAsync(book.Class.Id, ct)).Where(s => s.From <= end && (s.To is null || s.To >= start))
            .GroupBy(s => s.StudentId).Select(g => g.First())];
    }

    private static object? Result(SubjectResult? r) => r switch
    {
        { Exempt: false, AverageTenths: { } t } => new ScoreCell(t),
        _ => GradeLabels.SubjectResult(r),
    };

    public static string FileSafe(string name) => new([.. name.Where(char.IsAsciiLetterOrDigit)]);
}
