using System.Net;
using TruongSo.Tests.Modules.Records.Rendition;

namespace TruongSo.Tests.Modules.ContactBook;

/// <summary>The phiếu liên lạc as a PDF: what the gradebook recorded, in Vietnamese that survives extraction; only for the family and the class's GVCN.</summary>
public sealed class ReportCardTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_parent_downloads_their_childs_report_card_with_the_name_and_the_subject_averages(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.TwoClassesAsync();
        var an = s.A.Students[0];
        await app.Data.RecordAsync(s.A, an, RecordedYear.Flat("8.4", "7.5", "9.0", "6.5", "7.0", "8.0", "9.5", "8.5"));
        var parent = await app.ApiAs(s.ParentA1);

        var response = await parent.GetAsync(ContactBookKit.Portal(an, "/report-card.pdf?period=hk1"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = await PdfTools.TextAsync(pdf);
        text.Should().Contain("PHIẾU LIÊN LẠC").And.Contain("Nguyễn Văn An").And.Contain("Học kì I").And.Contain("Lớp: 6A1");
        text.Should().MatchRegex(@"Toán\s+8,4").And.MatchRegex(@"Ngữ văn\s+7,5").And.MatchRegex(@"Giáo dục thể chất\s+Đạt");
        text.Should().Contain("GIÁO VIÊN CHỦ NHIỆM").And.Contain("Giáo Viên Thử");
        (await PdfTools.FontsAsync(pdf)).Should().Contain("Noto Serif", "the app's own font, embedded");
        (await PdfTools.PageCountAsync(pdf)).Should().Be(1);
        var monthly = await PdfTools.TextAsync(await parent.GetByteArrayAsync(ContactBookKit.Portal(an, "/report-card.pdf?period=2026-10")));
        monthly.Should().Contain("Tháng 10/2026").And.MatchRegex(@"Toán\s+8,4", "October falls in term 1, whose results so far it shows").And.Contain("tạm tính");
    }

    [Theory, Engines]
    public async Task The_GVCN_prints_the_whole_class_and_nobody_else_gets_a_card_they_should_not(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.TwoClassesAsync();
        var elsewhere = await app.Data.HomeroomClassAsync(students: 1);
        var classPdf = $"/api/v1/contact-book/classes/{s.A.ClassId}/report-cards.pdf?period=year";

        var response = await (await app.ApiAs(s.A.Gvcn)).GetAsync(classPdf);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        (await PdfTools.PageCountAsync(pdf)).Should().Be(2, "a page per student");
        (await PdfTools.TextAsync(pdf)).Should().Contain("Nguyễn Văn An").And.Contain("Nguyễn Văn Bình").And.Contain("Cả năm");
        (await (await app.ApiAs(s.A.Principal)).GetAsync(classPdf)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await app.ApiAs(s.B.Gvcn)).GetAsync(classPdf)).StatusCode.Should().Be(HttpStatusCode.NotFound, "another class's GVCN");
        (await (await app.ApiAs(elsewhere.Gvcn)).GetAsync(classPdf)).StatusCode.Should().Be(HttpStatusCode.NotFound, "a teacher of another school");
        var parentB = await app.ApiAs(s.ParentB);
        (await parentB.GetAsync(ContactBookKit.Portal(s.A.Students[0], "/report-card.pdf"))).StatusCode.Should().Be(HttpStatusCode.NotFound, "another family's child");
        (await parentB.GetAsync(classPdf)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        await (await parentB.GetAsync(ContactBookKit.Portal(s.B.Students[0], "/report-card.pdf?period=hk3"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
