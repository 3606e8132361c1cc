using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.ExportMarks;

public sealed record GradebookFile(byte[] Bytes, string FileName);

/// <summary>
/// One page of the sổ điểm (class × subject × term) as xlsx in the familiar layout, for whoever
/// may read it (GradebookAccess); null when they may not, or it does not exist. Audited, as every
/// export of personal data is (Decree 13/2023).
/// </summary>
public sealed class ExportMarks(AppDbContext db, GradebookAccess access, ISchoolStructure structure, IClassRosters rosters, ClassHeading heading, AuditLog audit)
{
    public async Task<GradebookFile?> HandleAsync(ClaimsPrincipal user, Guid classId, Guid subjectId, int term, CancellationToken ct = default)
    {
        if (term is not (1 or 2) || await access.ForClassAsync(user, classId, ct) is not { } book || !book.CanRead(subjectId)
            || await structure.SubjectAsync(subjectId, ct) is not { } subject || subject.SchoolId != book.Class.SchoolId
            || !subject.PeriodsByGrade.ContainsKey(book.Class.Grade))
        {
            return null;
        }
        var layout = MarkSheetLayout.For(subject, book.Class.Grade, term);
        var students = await StudentsOfTermAsync(rosters, book, term, ct);
        var ids = students.Select(s => s.StudentId).ToList();
        var marks = (await db.Set<Mark>().AsNoTracking()
            .Where(m => m.SchoolYearId == book.Year.Id && m.SubjectId == subjectId && m.Term == term && ids.Contains(m.StudentId)).ToListAsync(ct))
            .ToDictionary(m => (m.StudentId, m.Column));
        var periods = layout.ResultColumns.Select(c => c.Period).ToList();
        var results = (await db.Set<SubjectResult>().AsNoTracking()
            .Where(r => r.SchoolYearId == book.Year.Id && r.SubjectId == subjectId && periods.Contains(r.Period) && ids.Contains(r.StudentId)).ToListAsync(ct))
            .ToDictionary(r => (r.StudentId, r.Period));
        var rows = students.Select((s, i) => (object?[])
        [
            i + 1, s.StudentCode, s.FullName,
            .. layout.MarkColumns.Select(c => Cell(marks.GetValueOrDefault((s.StudentId, c.Column)), layout.Primary)),
            .. layout.TestColumns.Select(c => marks.GetValueOrDefault((s.StudentId, c.Column))?.Tenths is { } t ? (object)new ScoreCell(t) : null),
            .. layout.ResultColumns.Select(c => Result(results.GetValueOrDefault((s.StudentId, c.Period)))),
        ]).ToList();
        var (department, school) = await heading.SchoolLinesAsync(book.Class.SchoolId, ct);
        var teacher = await heading.TeacherAsync(classId, subjectId, term, ct);
        var table = new GradebookTable(MarkSheetLayout.SheetName,
            [department, school, "SỔ ĐIỂM", $"Lớp: {book.Class.Name}    Môn: {subject.Name}    {MarkSheetLayout.TermName(term)}    Năm học: {book.Year.Name}",
                $"Giáo viên bộ môn: {teacher}"],
            layout.Headers, rows, layout.Widths,
            [[$"Điểm ghi một chữ số thập phân. {(layout.Comment ? "Môn đánh giá bằng nhận xét: Đ (Đạt), CĐ (Chưa đạt)." : "")}"]]);
        audit.Record(new AuditChange("gradebook.export", "gradebook.sheet", $"{classId}:{subjectId}:{term}", null,
            new { Rows = rows.Count, File = "marks.xlsx" }, SchoolId: book.Class.SchoolId));
        await db.SaveChangesAsync(ct);
        return new(GradebookWorkbook.ToBytes(table), $"so-diem-{FileSafe(book.Class.Name)}-{subject.Code.ToLowerInvariant()}-hk{term}.xlsx");
    }

    /// <summary>Everyone who sat in the class during the term, in Vietnamese order.</summary>
    public static async Task<IReadOnlyList<RosterEntry>> StudentsOfTermAsync(IClassRosters rosters, ClassGradebook book, int term, CancellationToken ct)
    {
        var (start, end) = term == 1 ? (book.Year.Term1Start, book.Year.Term1End) : (book.Year.Term2Start, book.Year.Term2End);
        return [.. (await rosters.ForClassAsync(book.Class.Id, ct)).Where(s => s.From <= end && (s.To is null || s.To >= start))
            .GroupBy(s => s.StudentId).Select(g => g.First())];
    }

    private static object? Cell(Mark? mark, bool primary) => mark switch
    {
        null => null,
        { Level: { } level } => GradeLabels.Level(level),
        { Tenths: { } t } when !primary => new ScoreCell(t),
        _ => null,
    };

    private static object? Result(SubjectResult? r) => r switch
    {
        { Exempt: false, AverageTenths: { } t } => new ScoreCell(t),
        _ => GradeLabels.SubjectResult(r),
    };

    public static string FileSafe(string name) => new([.. name.Where(char.IsAsciiLetterOrDigit)]);
}
