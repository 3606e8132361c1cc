using Microsoft.Extensions.DependencyInjection;
using System.Xml.Linq;
using TruongSo.Web.Modules.Records.Rendition;

namespace TruongSo.Tests.Modules.Records.Rendition;

/// <summary>The transcript as any reader sees it: poppler reads the name and the font, zbarimg reads the QR on every page, xmllint accepts the XML.</summary>
public sealed class TranscriptRenditionTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task The_pdf_names_the_student_embeds_the_font_and_carries_the_verify_QR_on_every_page(Engine engine)
    {
        var app = await apps.Get(engine);
        var year = await app.FinishedYearAsync();
        var stamp = new RenditionStamp(Guid.NewGuid(), 1, new DateTimeOffset(2027, 6, 2, 3, 0, 0, TimeSpan.Zero), null);

        var r = await app.WithServicesAsync(sp => sp.GetRequiredService<TranscriptRenderer>().RenderAsync(year.StudentId, year.Class.YearId, stamp));

        var text = await PdfTools.TextAsync(r!.Pdf);
        text.Should().Contain(RenditionKit.Name).And.Contain("HỌC BẠ").And.Contain("TRUNG HỌC CƠ SỞ").And.Contain("Chăm ngoan, tiến bộ rõ rệt ở môn Toán")
            .And.Contain("Đồng ý với nhận xét và đánh giá của giáo viên chủ nhiệm.").And.Contain("Giáo Viên Thử").And.NotContain("BẢN XEM TRƯỚC");
        var fonts = await PdfTools.FontsAsync(r.Pdf);
        fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).Should().NotBeEmpty()
            .And.OnlyContain(l => l.Contains("Noto Serif", StringComparison.Ordinal), "the app's own font, nothing from the system")
            .And.OnlyContain(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"\s+yes\s+yes\s+"), "every Noto Serif face is embedded (as a subset)");
        fonts.Should().NotContain("DejaVu");
        var pages = await PdfTools.PageCountAsync(r.Pdf);
        for (var page = 1; page <= pages; page++)
        {
            (await PdfTools.QrOfPageAsync(r.Pdf, page)).Should().Be($"http://localhost:5000/xac-thuc/{stamp.DocumentId}", "page {0} carries the QR", page);
        }
        r.Slots.Select(s => s.Role).Should().Equal(SignerRole.HomeroomTeacher, SignerRole.Principal, SignerRole.Seal);
        r.Slots.Should().OnlyContain(s => s.PageIndex == pages - 1 && s.Box.Width > 100 && s.Box.Height > 40);
        r.Slots[0].PdfBox.Y.Should().BeApproximately(842 - r.Slots[0].Box.Bottom, 1);
    }

    [Theory, Engines]
    public async Task The_xml_validates_against_the_schema_and_carries_the_gradebook_values(Engine engine)
    {
        var app = await apps.Get(engine);
        var year = await app.FinishedYearAsync();
        var stamp = new RenditionStamp(Guid.NewGuid(), 2, DateTimeOffset.UtcNow, "Đồng ý. Học sinh được khen thưởng.");

        var r = await app.WithServicesAsync(sp => sp.GetRequiredService<TranscriptRenderer>().RenderAsync(year.StudentId, year.Class.YearId, stamp));

        var (exit, output) = await PdfTools.ValidateXmlAsync(r!.Xml, PdfTools.SchemaPath());
        exit.Should().Be(0, output);
        XNamespace ns = TranscriptXml.Namespace;
        var doc = XDocument.Parse(System.Text.Encoding.UTF8.GetString(r.Xml));
        var root = doc.Root!;
        root.Element(ns + "VanBan")!.Attribute("id")!.Value.Should().Be(stamp.DocumentId.ToString());
        root.Element(ns + "VanBan")!.Attribute("phienBan")!.Value.Should().Be("2");
        root.Element(ns + "HocSinh")!.Element(ns + "HoTen")!.Value.Should().Be(RenditionKit.Name);
        root.Element(ns + "NamHoc")!.Attribute("thongTu")!.Value.Should().Be("TT22");
        string Year(string code) => root.Element(ns + "MonHoc")!.Elements(ns + "Mon").Single(m => m.Attribute("ma")!.Value == code).Element(ns + "CaNam")!.Value;
        (Year("TOAN"), Year("NGUVAN"), Year("TINHOC"), Year("GDTC")).Should().Be(("8,5", "7,0", "10,0", "Đ"));
        var whole = root.Element(ns + "KetQua")!.Elements(ns + "Ky").Single(k => k.Attribute("ten")!.Value == "Cả năm");
        (whole.Element(ns + "HocTap")!.Value, whole.Element(ns + "RenLuyen")!.Value, whole.Element(ns + "SoBuoiNghi")!.Value).Should().Be(("Khá", "Tốt", "3"));
        root.Element(ns + "CuoiNam")!.Element(ns + "DanhHieu")!.Value.Should().Be("Học sinh Giỏi");
        root.Element(ns + "PheDuyetHieuTruong")!.Value.Should().Be("Đồng ý. Học sinh được khen thưởng.");
        var text = await PdfTools.TextAsync(r.Pdf);
        text.Should().Contain("8,5").And.Contain("Đồng ý. Học sinh được khen thưởng.");
    }

    [Theory, Engines]
    public async Task A_tampered_xml_fails_the_schema(Engine engine)
    {
        var app = await apps.Get(engine);
        var year = await app.FinishedYearAsync();
        var r = await app.WithServicesAsync(sp => sp.GetRequiredService<TranscriptRenderer>()
            .RenderAsync(year.StudentId, year.Class.YearId, new RenditionStamp(Guid.NewGuid(), 1, DateTimeOffset.UtcNow, null)));
        var bad = System.Text.Encoding.UTF8.GetString(r!.Xml).Replace("<CaNam>8,5</CaNam>", "<CaNam>8.5</CaNam>", StringComparison.Ordinal);

        var (exit, output) = await PdfTools.ValidateXmlAsync(System.Text.Encoding.UTF8.GetBytes(bad), PdfTools.SchemaPath());

        exit.Should().NotBe(0);
        output.Should().Contain("CaNam");
    }
}
