using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using TruongSo.Web.Modules.Records.Rendition.Pdf;
using TruongSo.Web.Platform.Pdf;

namespace TruongSo.Web.Modules.Records.Rendition;

/// <summary>
/// Giấy chứng nhận kết quả học tập: one student's year on one A4 page (year results per subject,
/// learning and conduct, outcome, title), issued by the school; not a học bạ, so not archived.
/// </summary>
public sealed class ResultsCertificatePdf(TranscriptSource source, TimeProvider clock)
{
    public async Task<byte[]?> RenderAsync(Guid studentId, Guid schoolYearId, CancellationToken ct = default) =>
        await source.LoadAsync(studentId, schoolYearId, ct) is { } t ? Render(t, clock.GetUtcNow()) : null;

    public static byte[] Render(TranscriptModel t, DateTimeOffset at)
    {
        PdfSetup.Ensure();
        using var document = new PdfDocument();
        document.Info.Title = TranscriptSource.Nfc($"Giấy chứng nhận kết quả học tập — {t.FullName} — {t.SchoolYear}");
        using (var w = new PdfPageWriter(document))
        {
            PdfHeading.Draw(w, t.Department, t.SchoolName);
            w.Paragraph("GIẤY CHỨNG NHẬN KẾT QUẢ HỌC TẬP", PdfFonts.Bold(15), XStringFormats.TopCenter, 2);
            w.Paragraph($"Năm học {t.SchoolYear}", PdfFonts.Italic(10), XStringFormats.TopCenter, 8);
            w.Paragraph($"Hiệu trưởng {t.SchoolName} chứng nhận:", PdfFonts.Regular(10), after: 4);
            TranscriptSections.Particulars(w, t);
            w.Paragraph($"là học sinh lớp {t.ClassName} năm học {t.SchoolYear}, đạt kết quả cả năm như sau:", PdfFonts.Regular(10), after: 4);
            PdfTable.Draw(w, [new("Môn học, hoạt động giáo dục", 3), new("Cả năm", 1.2, true), new("Sau đánh giá lại", 1.2, true)],
                t.Subjects.Select(s => (IReadOnlyList<string>)[s.Name, s.Year, s.Retest]));
            var year = t.Periods[2];
            var (conduct, learning) = t.Form switch
            {
                TranscriptForm.Tt58 => ("Hạnh kiểm", "Học lực"),
                TranscriptForm.Tt27 => ("", "Đánh giá kết quả giáo dục"),
                _ => ("Kết quả rèn luyện", "Kết quả học tập"),
            };
            if (conduct.Length > 0)
            {
                w.Paragraph($"{conduct}: {year.Conduct}", PdfFonts.Regular(10), after: 1);
            }
            w.Paragraph($"{learning}: {year.Learning}", PdfFonts.Regular(10), after: 1);
            w.Paragraph($"Kết quả cuối năm: {(t.FinalOutcome.Length > 0 ? t.FinalOutcome : t.YearEndOutcome)}", PdfFonts.Regular(10), after: 1);
            if (t.Honour.Length > 0)
            {
                w.Paragraph($"Danh hiệu: {t.Honour}", PdfFonts.Regular(10), after: 1);
            }
            var day = at.ToOffset(TimeSpan.FromHours(7));
            w.Need(90);
            w.Y += 8;
            w.Paragraph($"Ngày {day.Day:00} tháng {day.Month:00} năm {day.Year}", PdfFonts.Italic(10), XStringFormats.TopRight, 2);
            w.Paragraph("HIỆU TRƯỞNG", PdfFonts.Bold(10), XStringFormats.TopRight, 48);
            w.Paragraph(t.Principal, PdfFonts.Bold(10), XStringFormats.TopRight);
        }
        PdfFooter.Apply(document, null, $"In từ TruongSo lúc {at.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)}", preview: false);
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }
}
