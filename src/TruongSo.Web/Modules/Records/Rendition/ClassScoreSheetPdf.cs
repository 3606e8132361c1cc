using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using TruongSo.Web.Modules.Gradebook.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Records.Rendition.Pdf;
using TruongSo.Web.Platform.Pdf;

namespace TruongSo.Web.Modules.Records.Rendition;

/// <summary>
/// Bảng tổng hợp kết quả of a class for a period (default the year), A4 landscape: one row per
/// student in the roster's Vietnamese order, one column per subject, then learning, conduct,
/// absences, outcome and title. Rows are the same lines the transcripts print.
/// </summary>
public sealed class ClassScoreSheetPdf(TranscriptSource source, ISchoolStructure structure, IClassRosters rosters, IStudentParticulars particulars,
    IYearRecords records, TimeProvider clock)
{
    public async Task<byte[]?> RenderAsync(Guid classId, string period = "year", CancellationToken ct = default)
    {
        if (await structure.ClassAsync(classId, ct) is not { } cls || await structure.YearAsync(cls.SchoolYearId, ct) is not { } year)
        {
            return null;
        }
        var roster = await rosters.ForClassAsync(classId, ct);
        var people = await particulars.FindManyAsync([.. roster.Select(r => r.StudentId)], ct);
        var byStudent = await records.ForClassAsync(classId, year.Id, ct);
        var school = await source.SchoolAsync(cls.SchoolId, ct);
        var at = new ClassContext(school, year, cls, await source.HomeroomTeacherAsync(classId, ct), await source.SubjectsForAsync(school, cls.Grade, byStudent.Values, ct));
        var locked = await records.IsYearLockedAsync(year.Id, ct);
        var rows = roster.Where(r => people.ContainsKey(r.StudentId))
            .Select(r => TranscriptBuilder.Build(at, people[r.StudentId], byStudent.GetValueOrDefault(r.StudentId) ?? new(r.StudentId, classId, year.Id, [], []), locked))
            .ToList();
        return Render(at, rows, period, clock.GetUtcNow());
    }

    public static byte[] Render(ClassContext at, IReadOnlyList<TranscriptModel> students, string period, DateTimeOffset now)
    {
        PdfSetup.Ensure();
        var (index, name) = period switch { "hk1" => (0, "Học kì I"), "hk2" => (1, "Học kì II"), _ => (2, "Cả năm") };
        using var document = new PdfDocument();
        document.Info.Title = TranscriptSource.Nfc($"Bảng tổng hợp kết quả lớp {at.Class.Name} — {name} — {at.Year.Name}");
        using (var w = new PdfPageWriter(document, PageOrientation.Landscape))
        {
            PdfHeading.Draw(w, at.School.Department, at.School.Info?.Name ?? "");
            w.Paragraph($"BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ — LỚP {at.Class.Name}", PdfFonts.Bold(13), XStringFormats.TopCenter, 0);
            w.Paragraph($"{name} · năm học {at.Year.Name} · giáo viên chủ nhiệm: {(at.HomeroomTeacher.Length > 0 ? at.HomeroomTeacher : "—")}", PdfFonts.Italic(9), XStringFormats.TopCenter, 6);
            List<PdfColumn> columns = [new("STT", 0.9, true), new("Họ và tên", 4.2), .. at.Subjects.Select(s => new PdfColumn(s.Name, 1.6, true)),
                new("Học tập", 1.6, true), new("Rèn luyện", 1.6, true), new("Nghỉ", 1, true), new("Kết quả", 1.7, true), new("Danh hiệu", 1.9, true)];
            PdfTable.Draw(w, columns, students.Select((t, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), t.FullName,
                .. t.Subjects.Select(s => index switch { 0 => s.Hk1, 1 => s.Hk2, _ => s.Year }),
                t.Periods[index].Learning, t.Periods[index].Conduct, t.Periods[index].Absences,
                index == 2 ? (t.FinalOutcome.Length > 0 ? t.FinalOutcome : t.YearEndOutcome) : "", index == 2 ? t.Honour : ""]), fontSize: 7);
            w.Need(70);
            w.Paragraph("GIÁO VIÊN CHỦ NHIỆM", PdfFonts.Bold(9), XStringFormats.TopRight, 40);
            w.Paragraph(at.HomeroomTeacher, PdfFonts.Bold(9), XStringFormats.TopRight);
        }
        PdfFooter.Apply(document, null, $"Lớp {at.Class.Name} · {name} · in từ TruongSo lúc {now.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)}", preview: false);
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }
}
