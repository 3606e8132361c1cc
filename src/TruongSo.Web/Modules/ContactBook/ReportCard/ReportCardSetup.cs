using TruongSo.Web.Modules.ContactBook.Reach;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.ContactBook.ReportCard;

/// <summary>The periodic phiếu liên lạc as a PDF: a child's for the family, a class's for its GVCN.</summary>
public static class ReportCardSetup
{
    private const string PdfType = "application/pdf";

    public static IServiceCollection AddReportCards(this IServiceCollection services)
    {
        services.AddContactBookReach();
        return services.AddScoped<ReportCardSource>().AddScoped<ReportCards>().AddScoped<PrintableClasses>();
    }

    public static WebApplication MapReportCards(this WebApplication app)
    {
        app.PortalChild().MapGet("/report-card.pdf", async (Guid studentId, string? period, HttpContext http, ReportCards cards, CancellationToken ct) =>
                !ReportCards.IsPeriod(period ?? "hk1") ? Problems.Validation("period", "period phải là hk1, hk2, year hoặc một tháng (yyyy-MM).")
                : await cards.ForChildAsync(http.User, studentId, period ?? "hk1", ct) is { } pdf ? Results.File(pdf, PdfType, $"phieu-lien-lac-{period ?? "hk1"}.pdf")
                : Problems.NotFound("học sinh này"))
            .WithSummary("Phiếu liên lạc của con (PDF; period=hk1|hk2|year hoặc một tháng yyyy-MM, mặc định hk1)");
        app.StaffContactBook().MapGet("/classes/{classId:guid}/report-cards.pdf", async (Guid classId, string? period, HttpContext http, ReportCards cards, CancellationToken ct) =>
                !ReportCards.IsPeriod(period ?? "hk1") ? Problems.Validation("period", "period phải là hk1, hk2, year hoặc một tháng (yyyy-MM).")
                : await cards.ForClassAsync(http.User, classId, period ?? "hk1", ct) is { } r
                    ? Results.File(r.Pdf, PdfType, $"phieu-lien-lac-{new string([.. r.Class.Name.Where(char.IsAsciiLetterOrDigit)])}-{period ?? "hk1"}.pdf")
                : Problems.NotFound("lớp này"))
            .WithSummary("Phiếu liên lạc của cả lớp trong một tệp PDF, mỗi học sinh một trang (cho giáo viên chủ nhiệm, ban giám hiệu)");
        return app;
    }
}
