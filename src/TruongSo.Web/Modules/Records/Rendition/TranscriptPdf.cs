using PdfSharp.Drawing;
using PdfSharp.Pdf;
using TruongSo.Web.Modules.Records.Rendition.Pdf;
using TruongSo.Web.Platform.Pdf;

namespace TruongSo.Web.Modules.Records.Rendition;

/// <summary>
/// The học bạ page(s) of one school year on A4, after the Ministry's form for the level (TT22 for
/// THCS/THPT; TT27 for primary; TT58 records shown as recorded): heading, particulars, subject
/// results, learning and conduct, outcome, comments, three signature boxes; QR on every page.
/// </summary>
public static class TranscriptPdf
{
    public static (byte[] Pdf, IReadOnlyList<SignatureSlot> Slots) Render(TranscriptModel t, RenditionStamp stamp, string verifyUrl, bool preview)
    {
        PdfSetup.Ensure();
        using var document = new PdfDocument();
        document.Info.Title = TranscriptSource.Nfc($"Học bạ {t.FullName} — năm học {t.SchoolYear}");
        document.Info.Author = t.SchoolName;
        document.Info.Subject = verifyUrl;
        document.Info.CreationDate = stamp.IssuedAt.UtcDateTime;
        document.Info.ModificationDate = stamp.IssuedAt.UtcDateTime;
        List<SignatureSlot> slots;
        using (var w = new PdfPageWriter(document))
        {
            PdfHeading.Draw(w, t.Department, t.SchoolName);
            w.Paragraph("HỌC BẠ", PdfFonts.Bold(18), XStringFormats.TopCenter, 0);
            w.Paragraph(t.Level, PdfFonts.Bold(12), XStringFormats.TopCenter, 0);
            w.Paragraph($"Năm học {t.SchoolYear} · Lớp {t.ClassName} · theo {t.FormName}", PdfFonts.Italic(9), XStringFormats.TopCenter, 8);
            TranscriptSections.Particulars(w, t);
            TranscriptSections.Subjects(w, t);
            TranscriptSections.Results(w, t);
            TranscriptSections.Comments(w, t, PrincipalComment(stamp));
            slots = TranscriptSections.Signatures(w, t, stamp.IssuedAt);
        }
        // A draft may be previewed before the principal locks the year; the caption says so.
        var unlocked = preview && !t.YearLocked ? " · sổ điểm cả năm chưa khóa" : "";
        PdfFooter.Apply(document, verifyUrl, $"Mã văn bản {stamp.DocumentId} · phiên bản {stamp.Version}{unlocked}", preview);
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return (stream.ToArray(), slots);
    }

    /// <summary>The principal's approval as the paper học bạ words it when nothing else is written.</summary>
    public static string PrincipalComment(RenditionStamp stamp) =>
        TranscriptSource.Nfc(string.IsNullOrWhiteSpace(stamp.PrincipalComment) ? "Đồng ý với nhận xét và đánh giá của giáo viên chủ nhiệm." : stamp.PrincipalComment.Trim());
}
