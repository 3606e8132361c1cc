using System.Net;
using TruongSo.Tests.Modules.Gradebook;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Modules.Records.Rendition;

/// <summary>Who may download which rendition: the class's readers, the family only their own child's certificate, the preview only the GVCN and the principal; everyone else 404.</summary>
public sealed class RenditionScopeTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task The_gvcn_and_principal_preview_the_transcript_and_read_the_class_sheet(Engine engine)
    {
        var app = await apps.Get(engine);
        var year = await app.FinishedYearAsync();

        foreach (var user in new[] { year.Class.Gvcn, year.Class.Principal })
        {
            var api = await app.ApiAs(user);
            var pdf = await api.GetAsync(year.PreviewUrl("pdf"));
            pdf.StatusCode.Should().Be(HttpStatusCode.OK);
            pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
            var text = await PdfTools.TextAsync(await pdf.Content.ReadAsByteArrayAsync());
            text.Should().Contain(year.FullName).And.Contain("BẢN XEM TRƯỚC");
            var xml = await api.GetAsync(year.PreviewUrl("xml"));
            xml.StatusCode.Should().Be(HttpStatusCode.OK);
            (await xml.Content.ReadAsStringAsync()).Should().Contain($"<HoTen>{year.FullName}</HoTen>");
            var sheet = await api.GetAsync(year.ScoreSheetUrl());
            sheet.StatusCode.Should().Be(HttpStatusCode.OK);
            (await PdfTools.TextAsync(await sheet.Content.ReadAsByteArrayAsync())).Should().Contain(year.FullName).And.Contain("Nguyễn Văn An").And.Contain("8,5");
        }
    }

    [Theory, Engines]
    public async Task A_teacher_of_another_school_finds_nothing(Engine engine)
    {
        var app = await apps.Get(engine);
        var year = await app.FinishedYearAsync();
        var elsewhere = await app.Data.HomeroomClassAsync(students: 1);
        var stranger = await app.ApiAs(elsewhere.Gvcn);
        var otherPrincipal = await app.ApiAs(elsewhere.Principal);

        foreach (var url in new[] { year.PreviewUrl("pdf"), year.PreviewUrl("xml"), year.CertificateUrl(), year.ScoreSheetUrl() })
        {
            await (await stranger.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await otherPrincipal.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Theory, Engines]
    public async Task A_parent_gets_only_their_own_childs_certificate(Engine engine)
    {
        var app = await apps.Get(engine);
        var year = await app.FinishedYearAsync();
        var parent = await app.ApiAs(await app.Data.ParentOfAsync(year.Class.School, year.StudentId));

        var own = await parent.GetAsync(year.CertificateUrl());
        own.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = await PdfTools.TextAsync(await own.Content.ReadAsByteArrayAsync());
        text.Should().Contain("GIẤY CHỨNG NHẬN KẾT QUẢ HỌC TẬP").And.Contain(year.FullName).And.Contain("Học sinh Giỏi").And.Contain("8,5");
        await (await parent.GetAsync(year.CertificateUrl(year.OtherStudentId))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await parent.GetAsync(year.PreviewUrl("pdf"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await parent.GetAsync(year.ScoreSheetUrl())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory, Engines]
    public async Task A_subject_teacher_of_the_class_neither_previews_nor_reads_the_whole_sheet(Engine engine)
    {
        var app = await apps.Get(engine);
        var year = await app.FinishedYearAsync();
        var teacher = await app.Data.UserAsync(Roles.Teacher, year.Class.School, "Vũ Văn Toán");
        await app.Data.AssignAsync(year.Class.School, year.Class.YearId, year.Class.ClassId, teacher, year.Class.Subjects["TOAN"]);
        var api = await app.ApiAs(teacher);

        await (await api.GetAsync(year.PreviewUrl("pdf"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await api.GetAsync(year.ScoreSheetUrl())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await api.GetAsync(year.CertificateUrl())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory, Engines]
    public async Task Without_a_sign_in_nothing_is_served_and_a_bad_period_is_named(Engine engine)
    {
        var app = await apps.Get(engine);
        var year = await app.FinishedYearAsync();

        (await app.Anonymous().GetAsync(year.CertificateUrl())).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var bad = await (await app.ApiAs(year.Class.Gvcn)).GetAsync(year.ScoreSheetUrl() + "?period=hk3");
        (await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("period").ToString().Should().Contain("hk1");
        var schema = await app.Anonymous().GetAsync("/api/v1/records/schema/hoc-ba-1.xsd");
        schema.StatusCode.Should().Be(HttpStatusCode.OK);
        (await schema.Content.ReadAsStringAsync()).Should().Contain("urn:truongso:hoc-ba:1");
    }
}
