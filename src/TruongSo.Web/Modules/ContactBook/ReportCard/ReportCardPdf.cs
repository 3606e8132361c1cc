using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using TruongSo.Web.Platform.Pdf;

namespace TruongSo.Web.Modules.ContactBook.ReportCard;

/// <summary>
/// Phiếu liên lạc: the school's heading, the student, each subject's result for the period,
/// learning and conduct, sessions missed, the GVCN's comment and a place for the parent's
/// signature. A4, Noto Serif embedded (PdfSetup), one student per page, a class in one file.
/// </summary>
public static class ReportCardPdf
{
    public static byte[] Render(IReadOnlyList<ReportCardModel> cards, DateTimeOffset at)
    {
        PdfSetup.Ensure();
        using var document = new PdfDocument();
        document.Info.Title = cards.Count == 1 ? $"Phiếu liên lạc — {cards[0].StudentName}" : $"Phiếu liên lạc — lớp {(cards.Count > 0 ? cards[0].ClassName : "")}";
        using (var w = new PdfPageWriter(document))
        {
            for (var i = 0; i < cards.Count; i++)
            {
                if (i > 0)
                {
                    w.NewPage();
                }
                Card(w, cards[i], at.ToOffset(TimeSpan.FromHours(7)));
            }
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static void Card(PdfPageWriter w, ReportCardModel c, DateTimeOffset day)
    {
        PdfHeading.Draw(w, c.Department, c.SchoolName);
        w.Paragraph("PHIẾU LIÊN LẠC", PdfFonts.Bold(15), XStringFormats.TopCenter, 2);
        w.Paragraph($"{c.Period} · Năm học {c.SchoolYear}", PdfFonts.Italic(10), XStringFormats.TopCenter, 8);
        w.Paragraph($"Học sinh: {c.StudentName}    Ngày sinh: {c.DateOfBirth}    Lớp: {c.ClassName}", PdfFonts.Regular(10.5), after: 1);
        w.Paragraph($"Mã định danh: {c.StudentCode}", PdfFonts.Regular(10), after: 6);
        PdfTable.Draw(w, [new("Môn học, hoạt động giáo dục", 3), new("Kết quả", 1.2, true), new("Nhận xét của giáo viên bộ môn", 3.5)],
            c.Subjects.Select(s => (IReadOnlyList<string>)[s.Name, s.Result, s.Comment]));
        w.Paragraph($"Kết quả học tập: {Or(c.Learning)}    Kết quả rèn luyện: {Or(c.Conduct)}", PdfFonts.Regular(10.5), after: 1);
        w.Paragraph($"Số buổi nghỉ: {Or(c.Absences)}", PdfFonts.Regular(10.5), after: 4);
        w.Paragraph("Nhận xét của giáo viên chủ nhiệm:", PdfFonts.Bold(10.5), after: 1);
        w.Paragraph(Or(c.HomeroomComment), PdfFonts.Italic(10.5), after: 6);
        if (c.Provisional)
        {
            w.Paragraph("Kết quả tạm tính đến thời điểm in: giáo viên chủ nhiệm chưa chốt kết quả của kì.", PdfFonts.Italic(9), after: 4);
        }
        w.Need(90);
        var y = w.Y + 6;
        var half = w.Width / 2;
        w.Text("Ý kiến của cha mẹ học sinh", PdfFonts.Bold(10), PdfPageWriter.Margin, half, XStringFormats.TopCenter, y: y + 13);
        w.Text($"Ngày {day.Day:00} tháng {day.Month:00} năm {day.Year.ToString(CultureInfo.InvariantCulture)}", PdfFonts.Italic(10), PdfPageWriter.Margin + half, half, XStringFormats.TopCenter, y: y);
        w.Text("GIÁO VIÊN CHỦ NHIỆM", PdfFonts.Bold(10), PdfPageWriter.Margin + half, half, XStringFormats.TopCenter, y: y + 13);
        w.Text(c.HomeroomTeacher, PdfFonts.Bold(10), PdfPageWriter.Margin + half, half, XStringFormats.TopCenter, y: y + 70);
        w.Y = y + 90;
    }

    private static string Or(string text) => text.Length > 0 ? text : "—";
}
