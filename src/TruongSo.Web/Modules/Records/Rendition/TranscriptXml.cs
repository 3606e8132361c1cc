using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace TruongSo.Web.Modules.Records.Rendition;

/// <summary>
/// The XML form of a transcript, with the same data as the PDF, under Schema/hoc-ba-1.xsd
/// (namespace <see cref="Namespace"/>). Values are as printed ("8,5", "Tốt"). The root leaves room
/// for an enveloped XML-DSig signature as its last children.
/// </summary>
public static class TranscriptXml
{
    public const string Namespace = "urn:truongso:hoc-ba:1";
    private static readonly XNamespace Ns = Namespace;

    public static byte[] Render(TranscriptModel t, RenditionStamp stamp, string verifyUrl)
    {
        var root = new XElement(Ns + "HocBa", new XAttribute("phienBanLuocDo", "1"),
            new XElement(Ns + "VanBan", new XAttribute("id", stamp.DocumentId), new XAttribute("phienBan", stamp.Version),
                new XAttribute("ngayCap", stamp.IssuedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)), new XAttribute("xacThuc", verifyUrl)),
            new XElement(Ns + "Truong", new XAttribute("ma", t.SchoolCode), new XElement(Ns + "CoQuanQuanLy", t.Department), new XElement(Ns + "Ten", t.SchoolName)),
            new XElement(Ns + "NamHoc", new XAttribute("ten", t.SchoolYear), new XAttribute("lop", t.ClassName), new XAttribute("khoi", t.Grade),
                new XAttribute("thongTu", t.Form.ToString().ToUpperInvariant())),
            Student(t),
            new XElement(Ns + "MonHoc", t.Subjects.Select(s => new XElement(Ns + "Mon", new XAttribute("ma", s.Code), new XAttribute("hinhThuc", s.CommentOnly ? "nhanXet" : "diem"),
                new XElement(Ns + "Ten", s.Name), new XElement(Ns + "HocKy1", s.Hk1), new XElement(Ns + "HocKy2", s.Hk2), new XElement(Ns + "CaNam", s.Year),
                new XElement(Ns + "DanhGiaLai", s.Retest), new XElement(Ns + "NhanXet", s.Comment)))),
            new XElement(Ns + "KetQua", t.Periods.Select(p => new XElement(Ns + "Ky", new XAttribute("ten", p.Period),
                new XElement(Ns + "RenLuyen", p.Conduct), new XElement(Ns + "HocTap", p.Learning), new XElement(Ns + "SoBuoiNghi", p.Absences)))),
            new XElement(Ns + "PhamChatNangLuc", t.Traits.Select(q => new XElement(Ns + "Muc", new XAttribute("nhom", q.Group), new XAttribute("ten", q.Name), q.Level))),
            new XElement(Ns + "CuoiNam", new XElement(Ns + "KetQua", t.YearEndOutcome), new XElement(Ns + "RenLuyenHe", t.SummerConduct),
                new XElement(Ns + "MonDanhGiaLai", t.RetestSubjects), new XElement(Ns + "KetQuaSauDanhGiaLai", t.FinalOutcome), new XElement(Ns + "DanhHieu", t.Honour)),
            new XElement(Ns + "NhanXetGiaoVienChuNhiem", t.HomeroomComment),
            new XElement(Ns + "PheDuyetHieuTruong", TranscriptPdf.PrincipalComment(stamp)),
            new XElement(Ns + "NguoiKy",
                Signer(SignerRole.HomeroomTeacher, "GiaoVienChuNhiem", t.HomeroomTeacher), Signer(SignerRole.Principal, "HieuTruong", t.Principal),
                Signer(SignerRole.Seal, "DauNhaTruong", t.SchoolName)));
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }
        return stream.ToArray();
    }

    private static XElement Student(TranscriptModel t) => new(Ns + "HocSinh", new XAttribute("maHocSinh", t.StudentCode),
        t.PersonalId is { Length: > 0 } pid ? new XAttribute("soDinhDanhCaNhan", pid) : null,
        new XElement(Ns + "HoTen", t.FullName), new XElement(Ns + "NgaySinh", t.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new XElement(Ns + "GioiTinh", t.Gender), new XElement(Ns + "DanToc", t.Ethnicity),
        new XElement(Ns + "NoiSinh", t.PlaceOfBirth ?? ""), new XElement(Ns + "ChoO", t.Address ?? ""));

    private static XElement Signer(SignerRole role, string name, string who) =>
        new(Ns + "Buoc", new XAttribute("thuTu", (int)role), new XAttribute("vaiTro", name), who);
}
