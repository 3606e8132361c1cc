using System.Net.Http.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TruongSo.Rules.Grading;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.Records.Rendition;

namespace TruongSo.Tests.Modules.Records.Rendition;

/// <summary>A primary học bạ follows TT27 (levels, test scores, qualities and competences); a legacy year shows TT58's học lực and hạnh kiểm.</summary>
public sealed class PrimaryAndLegacyFormTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_grade_4_transcript_prints_TT27_levels_tests_and_qualities(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync("4A1", students: 1);
        var gvcn = await app.Data.UserAsync(Roles.Teacher, cls.School);
        await app.Data.AssignAsync(cls.School, cls.YearId, cls.Id, gvcn, subjectId: null);
        var student = cls.Students[0];
        await app.WithDbAsync(async db =>
        {
            foreach (var s in await db.Set<Subject>().Where(s => s.SchoolId == cls.School.Id && s.Grades.Any(g => g.Grade == 4)).ToListAsync())
            {
                db.Add(new SubjectResult
                {
                    SchoolId = cls.School.Id, SchoolYearId = cls.YearId, ClassId = cls.Id, SubjectId = s.Id, StudentId = student, Period = GradingPeriod.Year,
                    Complete = true, Level = "T", AverageTenths = Tt27Engine.TestedSubjects.Contains(s.Code) ? 90 : null, ComputedAt = DateTime.UtcNow,
                });
            }
            return await db.SaveChangesAsync();
        });
        var rated = await (await app.ApiAs(gvcn)).PutAsJsonAsync($"/api/v1/gradebook/classes/{cls.Id}/results/qualities", new
        {
            entries = new[] { new { studentId = student, qualities = Tt27Engine.Qualities.ToDictionary(q => q.Key, _ => "Tot"), competences = Tt27Engine.Competences.ToDictionary(q => q.Key, _ => "Dat") } },
        });
        rated.EnsureSuccessStatusCode();

        var r = await app.WithServicesAsync(sp => sp.GetRequiredService<TranscriptRenderer>().RenderAsync(student, cls.YearId, new RenditionStamp(Guid.NewGuid(), 1, DateTimeOffset.UtcNow, null)));

        (await PdfTools.ValidateXmlAsync(r!.Xml, PdfTools.SchemaPath())).ExitCode.Should().Be(0);
        XNamespace ns = TranscriptXml.Namespace;
        var root = XDocument.Parse(System.Text.Encoding.UTF8.GetString(r.Xml)).Root!;
        root.Element(ns + "NamHoc")!.Attribute("thongTu")!.Value.Should().Be("TT27");
        root.Element(ns + "MonHoc")!.Elements(ns + "Mon").Single(m => m.Attribute("ma")!.Value == "TOAN").Element(ns + "CaNam")!.Value.Should().Be("Hoàn thành tốt (9)");
        var traits = root.Element(ns + "PhamChatNangLuc")!.Elements(ns + "Muc").ToList();
        traits.Should().HaveCount(15);
        traits.Single(t => t.Attribute("ten")!.Value == "Trung thực").Value.Should().Be("Tốt");
        traits.Single(t => t.Attribute("ten")!.Value == "Giao tiếp và hợp tác").Value.Should().Be("Đạt");
        var text = await PdfTools.TextAsync(r.Pdf);
        text.Should().Contain("TIỂU HỌC").And.Contain("PHẨM CHẤT VÀ NĂNG LỰC").And.Contain("Thông tư 27/2020/TT-BGDĐT").And.Contain("Hoàn thành tốt (9)");
    }

    [Fact]
    public async Task A_TT58_year_is_shown_with_hanh_kiem_and_hoc_luc()
    {
        var model = SampleTranscript.Model("Lê Văn Cũ", TranscriptForm.Tt58) with
        {
            Periods = [new("Học kì I", "Khá", "Tốt", "0"), new("Học kì II", "Giỏi", "Tốt", "0"), new("Cả năm", "Giỏi", "Tốt", "0")],
        };
        var stamp = new RenditionStamp(Guid.NewGuid(), 1, DateTimeOffset.UtcNow, null);

        var pdf = TranscriptPdf.Render(model, stamp, "http://localhost:5000/xac-thuc/" + stamp.DocumentId, preview: false).Pdf;
        var xml = TranscriptXml.Render(model, stamp, "http://localhost:5000/xac-thuc/" + stamp.DocumentId);

        (await PdfTools.TextAsync(pdf)).Should().Contain("Hạnh kiểm").And.Contain("Học lực").And.Contain("Thông tư 58/2011/TT-BGDĐT");
        (await PdfTools.ValidateXmlAsync(xml, PdfTools.SchemaPath())).ExitCode.Should().Be(0);
        TranscriptLabels.Achievement("TrungBinh", TranscriptForm.Tt58).Should().Be("Trung bình");
    }
}
