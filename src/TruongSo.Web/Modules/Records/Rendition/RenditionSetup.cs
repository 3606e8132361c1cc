using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Records.Rendition;

/// <summary>Transcripts, class score sheets and certificates as files; every read scoped by <see cref="RenditionScope"/> (404 outside it, ADR 0003).</summary>
public static class RenditionSetup
{
    public const string PdfType = "application/pdf";
    public const string XmlType = "application/xml";

    public static IServiceCollection AddRendition(this IServiceCollection services) =>
        services.AddScoped<TranscriptSource>().AddScoped<TranscriptRenderer>().AddScoped<RenditionScope>()
            .AddScoped<ClassScoreSheetPdf>().AddScoped<ResultsCertificatePdf>();

    public static WebApplication MapRendition(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/records").WithTags("Học bạ số").RequireAuthorization();
        api.MapGet("/classes/{classId:guid}/score-sheet.pdf", async (Guid classId, string? period, HttpContext http, RenditionScope scope, ClassScoreSheetPdf sheet, CancellationToken ct) =>
            {
                if (period is not (null or "hk1" or "hk2" or "year"))
                {
                    return Problems.Validation("period", "period phải là hk1, hk2 hoặc year.");
                }
                return await scope.ScoreSheetAsync(http.User, classId, ct) is { } cls && await sheet.RenderAsync(classId, period ?? "year", ct) is { } pdf
                    ? Results.File(pdf, PdfType, $"bang-diem-{FileName(cls.Name)}-{period ?? "year"}.pdf")
                    : Problems.NotFound("lớp này");
            })
            .WithSummary("Bảng tổng hợp kết quả của lớp (PDF, A4 ngang; period=hk1|hk2|year, mặc định cả năm)");
        api.MapGet("/students/{studentId:guid}/years/{schoolYearId:guid}/certificate.pdf",
                async (Guid studentId, Guid schoolYearId, HttpContext http, RenditionScope scope, ResultsCertificatePdf certificate, CancellationToken ct) =>
                    await scope.CertificateAsync(http.User, studentId, schoolYearId, ct) is not null && await certificate.RenderAsync(studentId, schoolYearId, ct) is { } pdf
                        ? Results.File(pdf, PdfType, "giay-chung-nhan-ket-qua-hoc-tap.pdf")
                        : Problems.NotFound("kết quả học tập của học sinh này"))
            .WithSummary("Giấy chứng nhận kết quả học tập của một học sinh trong một năm học (PDF); phụ huynh, học sinh chỉ xem được của mình");
        api.MapGet("/students/{studentId:guid}/years/{schoolYearId:guid}/transcript-preview.{format}",
                async (Guid studentId, Guid schoolYearId, string format, HttpContext http, RenditionScope scope, TranscriptRenderer renderer, TimeProvider clock, CancellationToken ct) =>
                {
                    if (format is not ("pdf" or "xml"))
                    {
                        return Problems.NotFound("định dạng này");
                    }
                    if (await scope.PreviewAsync(http.User, studentId, schoolYearId, ct) is null
                        || await renderer.RenderAsync(studentId, schoolYearId, new RenditionStamp(Guid.Empty, 1, clock.GetUtcNow(), null), preview: true, ct) is not { } r)
                    {
                        return Problems.NotFound("học bạ của học sinh này");
                    }
                    return format == "pdf" ? Results.File(r.Pdf, PdfType, "hoc-ba-ban-xem-truoc.pdf") : Results.File(r.Xml, XmlType, "hoc-ba-ban-xem-truoc.xml");
                })
            .WithSummary("Bản xem trước học bạ của một năm học (PDF có dòng chữ BẢN XEM TRƯỚC, hoặc XML), chưa ký; cho giáo viên chủ nhiệm và hiệu trưởng");
        app.MapGet("/api/v1/records/schema/hoc-ba-1.xsd", () => Results.Stream(Schema(), XmlType)).AllowAnonymous().WithTags("Học bạ số")
            .WithSummary("Lược đồ XML (XSD) của học bạ số");
        return app;
    }

    /// <summary>Schema/hoc-ba-1.xsd, embedded in the app.</summary>
    public static Stream Schema() => typeof(RenditionSetup).Assembly.GetManifestResourceStream("TruongSo.Records.Schema.hoc-ba-1.xsd")!;

    private static string FileName(string className) => new([.. className.Where(char.IsAsciiLetterOrDigit)]);
}
