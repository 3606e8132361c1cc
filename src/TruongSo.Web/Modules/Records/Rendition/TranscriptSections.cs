using System.Globalization;
using PdfSharp.Drawing;
using TruongSo.Web.Platform.Pdf;

namespace TruongSo.Web.Modules.Records.Rendition;

/// <summary>The blocks of a học bạ year page, in the form's order.</summary>
public static class TranscriptSections
{
    public static void Particulars(PdfPageWriter w, TranscriptModel t)
    {
        Pairs(w, ("Họ và tên", t.FullName), ("Giới tính", t.Gender));
        Pairs(w, ("Ngày sinh", t.DateOfBirth.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)), ("Dân tộc", t.Ethnicity));
        Pairs(w, ("Mã học sinh", t.StudentCode), ("Số định danh cá nhân", t.PersonalId ?? ""));
        Pairs(w, ("Nơi sinh", t.PlaceOfBirth ?? ""), ("Chỗ ở hiện nay", t.Address ?? ""));
        w.Y += 6;
    }

    public static void Subjects(PdfPageWriter w, TranscriptModel t)
    {
        w.Paragraph("KẾT QUẢ HỌC TẬP CÁC MÔN HỌC VÀ HOẠT ĐỘNG GIÁO DỤC", PdfFonts.Bold(10.5), after: 4);
        if (t.Form == TranscriptForm.Tt27)
        {
            PdfTable.Draw(w, [new("Môn học và hoạt động giáo dục", 3), new("Cuối học kì I", 2.1, true), new("Cuối năm học", 2.1, true), new("Nhận xét", 3.2)],
                t.Subjects.Select(s => (IReadOnlyList<string>)[s.Name, s.Hk1, s.Year, s.Comment]));
            return;
        }
        PdfTable.Draw(w, [new("Môn học, hoạt động giáo dục", 3), new("Học kì I", 1, true), new("Học kì II", 1, true), new("Cả năm", 1, true),
                new("Điểm hoặc mức đánh giá lại", 1.3, true), new("Nhận xét của giáo viên môn học", 3.4)],
            t.Subjects.Select(s => (IReadOnlyList<string>)[s.Name, s.Hk1, s.Hk2, s.Year, s.Retest, s.Comment]));
    }

    public static void Results(PdfPageWriter w, TranscriptModel t)
    {
        if (t.Form == TranscriptForm.Tt27)
        {
            w.Paragraph("PHẨM CHẤT VÀ NĂNG LỰC", PdfFonts.Bold(10.5), after: 4);
            PdfTable.Draw(w, [new("Nhóm", 1.2), new("Phẩm chất, năng lực", 3), new("Mức đạt được", 1.6, true)],
                t.Traits.Select(q => (IReadOnlyList<string>)[q.Group, q.Name, q.Level]));
            Line(w, "Đánh giá kết quả giáo dục", t.Periods[2].Learning);
        }
        else
        {
            var (conduct, learning) = t.Form == TranscriptForm.Tt58 ? ("Hạnh kiểm", "Học lực") : ("Kết quả rèn luyện", "Kết quả học tập");
            w.Need(80);
            w.Paragraph("KẾT QUẢ RÈN LUYỆN VÀ HỌC TẬP", PdfFonts.Bold(10.5), after: 4);
            PdfTable.Draw(w, [new("", 1.4), new(conduct, 1.6, true), new(learning, 1.6, true), new("Tổng số buổi nghỉ học", 1.6, true)],
                t.Periods.Select(p => (IReadOnlyList<string>)[p.Period, p.Conduct, p.Learning, p.Absences]));
            Line(w, "Kết quả rèn luyện sau rèn luyện trong kì nghỉ hè", t.SummerConduct);
            Line(w, "Môn kiểm tra, đánh giá lại", t.RetestSubjects);
        }
        Line(w, "Kết quả cuối năm", t.YearEndOutcome);
        Line(w, "Kết quả sau kiểm tra, đánh giá lại và rèn luyện hè", t.FinalOutcome);
        Line(w, "Danh hiệu, khen thưởng", t.Honour);
        w.Y += 4;
    }

    public static void Comments(PdfPageWriter w, TranscriptModel t, string principalComment)
    {
        w.Need(60);
        w.Paragraph("Nhận xét của giáo viên chủ nhiệm", PdfFonts.Bold(10), after: 0);
        w.Paragraph(t.HomeroomComment.Length > 0 ? t.HomeroomComment : "—", PdfFonts.Italic(10), after: 4);
        w.Paragraph("Phê duyệt của Hiệu trưởng", PdfFonts.Bold(10), after: 0);
        w.Paragraph(principalComment, PdfFonts.Italic(10), after: 6);
    }

    public static List<SignatureSlot> Signatures(PdfPageWriter w, TranscriptModel t, DateTimeOffset issuedAt)
    {
        const double boxHeight = 62;
        w.Need(boxHeight + 62);
        var day = issuedAt.ToOffset(TimeSpan.FromHours(7));
        w.Paragraph($"Ngày {day.Day:00} tháng {day.Month:00} năm {day.Year}", PdfFonts.Italic(9.5), XStringFormats.TopRight, 4);
        var width = w.Width / 3;
        var slots = new List<SignatureSlot>();
        var titles = new[] { (SignerRole.HomeroomTeacher, "GIÁO VIÊN CHỦ NHIỆM", t.HomeroomTeacher), (SignerRole.Principal, "HIỆU TRƯỞNG", t.Principal), (SignerRole.Seal, "DẤU CỦA NHÀ TRƯỜNG", t.SchoolName) };
        var top = w.Y;
        for (var i = 0; i < titles.Length; i++)
        {
            var (role, title, name) = titles[i];
            var x = PdfPageWriter.Margin + i * width;
            w.Text(title, PdfFonts.Bold(9), x, width, XStringFormats.TopCenter, y: top);
            w.Text("(chữ ký số)", PdfFonts.Italic(8), x, width, XStringFormats.TopCenter, y: top + 12);
            var box = new XRect(x + 8, top + 26, width - 16, boxHeight);
            w.Gfx.DrawRectangle(new XPen(XColors.Gray, 0.5) { DashStyle = XDashStyle.Dash }, box);
            w.Text(name, PdfFonts.Bold(9), x, width, XStringFormats.TopCenter, y: box.Bottom + 4);
            var pageHeight = w.Gfx.PageSize.Height;
            slots.Add(new SignatureSlot(role, w.PageIndex, box, new XRect(box.X, pageHeight - box.Bottom, box.Width, box.Height)));
        }
        w.Y = top + 26 + boxHeight + 20;
        return slots;
    }

    private static void Pairs(PdfPageWriter w, (string Label, string Value) left, (string Label, string Value) right)
    {
        var half = w.Width / 2;
        var h1 = Pair(w, left, PdfPageWriter.Margin, half * 1.15);
        var h2 = Pair(w, right, PdfPageWriter.Margin + half * 1.15, half * 0.85);
        w.Y += Math.Max(h1, h2) + 2;
    }

    private static double Pair(PdfPageWriter w, (string Label, string Value) pair, double x, double width)
    {
        var label = pair.Label + ": ";
        var labelWidth = w.Gfx.MeasureString(label, PdfFonts.Regular(10)).Width;
        w.Text(label, PdfFonts.Regular(10), x, labelWidth + 1);
        return w.Text(pair.Value, PdfFonts.Bold(10), x + labelWidth, width - labelWidth - 4);
    }

    private static void Line(PdfPageWriter w, string label, string value)
    {
        if (value.Length > 0)
        {
            w.Paragraph($"{label}: {value}", PdfFonts.Regular(10), after: 1);
        }
    }
}
