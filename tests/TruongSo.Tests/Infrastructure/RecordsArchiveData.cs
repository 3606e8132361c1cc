using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using System.Runtime.CompilerServices;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using TruongSo.Web.Modules.Records.Archive;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Modules.Records.Signing;
using TruongSo.Web.Modules.Records.Signing.Pdf;
using TruongSo.Web.Modules.Records.Signing.Pki;
using TruongSo.Web.Modules.Records.Signing.Trust;
using TruongSo.Web.Modules.Records.Signing.Xml;

namespace TruongSo.Tests.Infrastructure;

/// <summary>An issued transcript: its archive view, the final (signed) PDF, and the school and student it belongs to.</summary>
public sealed record IssuedDocument(DocumentView Document, byte[] Pdf, PeopleSchool School, Guid StudentId)
{
    public Guid Id => Document.Id;
}

/// <summary>
/// Archive documents made through the archive's own API, as the signing workflow will: small PDFs
/// made here (the renderer and signer are built in parallel), each "signature" an incremental
/// update appended to the previous bytes, as PAdES signing does.
/// </summary>
public static class RecordsArchiveData
{
    /// <summary>A minimal, well-formed one-page PDF with the text in its content stream and a correct xref table.</summary>
    public static byte[] TinyPdf(string text)
    {
        var content = $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var sb = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = sb.Length;
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => sb.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n"));
        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>Stands in for a PAdES signature: an incremental update appended to the signed bytes.</summary>
    public static byte[] SignedBy(byte[] pdf, string signer) => [.. pdf, .. Encoding.ASCII.GetBytes($"% signed by {signer} {Guid.NewGuid():N}\n%%EOF\n")];

    public static byte[] TinyXml(string name) => Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><hocBa><hoTen>{name}</hoTen><ma>{Guid.NewGuid():N}</ma></hocBa>");

    public static SignatureStepInput Step(SignatureStepRole role, byte[] signedPdf, byte[]? signedXml = null) =>
        new(role, null, role switch { SignatureStepRole.Homeroom => "Trần Thị Chủ Nhiệm", SignatureStepRole.Principal => "Lê Văn Hiệu Trưởng", _ => "Trường THCS Thử Nghiệm" },
            $"CN={role},O=Trường Thử Nghiệm,C=VN", Convert.ToHexString(Guid.NewGuid().ToByteArray()), DateTimeOffset.UtcNow, signedPdf, signedXml);

    public static Task<T> ArchiveAsync<T>(this TestApp app, Func<RecordsArchive, Task<T>> work) =>
        app.WithServicesAsync(sp => work(sp.GetRequiredService<RecordsArchive>()));

    public static async Task<DocumentView> Must(this Task<ArchiveOutcome> outcome)
    {
        var result = await outcome;
        return result.Document ?? throw new InvalidOperationException(result.Refusal!.Message);
    }

    /// <summary>A school with a year and a class, a student in it, and a draft transcript (version 1).</summary>
    public static async Task<(DocumentView Draft, byte[] Pdf, PeopleSchool School, Guid StudentId)> DraftTranscriptAsync(this TestApp app, PeopleSchool? school = null, Guid? studentId = null)
    {
        school ??= await app.Data.SchoolWithYearAsync("6A1");
        var name = "Nguyễn Thị Ánh Dương";
        studentId ??= await app.Data.StudentAsync(school.School, name, school["6A1"]);
        var pdf = TinyPdf($"Hoc ba {Guid.NewGuid():N}");
        var draft = await app.ArchiveAsync(a => a.CreateAsync(new NewDocument(DocumentKinds.Transcript, studentId.Value, SchoolData.Unique("HS"), name,
            school.Id, school.YearId, pdf, TinyXml(name)))).Must();
        return (draft, pdf, school, studentId.Value);
    }

    /// <summary>
    /// Signs the draft three times for real (GVCN, principal, seal with the XML's enveloped
    /// signature) and issues it. The certificates come from a test CA that the app trusts as its
    /// demo CA (data/pki/demo-ca.pem, trusted outside Production), one per app.
    /// </summary>
    public static async Task<(DocumentView Document, byte[] Pdf)> SignAndIssueAsync(this TestApp app, Guid documentId, byte[] draftPdf, byte[]? draftXml = null)
    {
        var ca = TestCa(app);
        var pdf = draftPdf;
        foreach (var role in new[] { SignatureStepRole.Homeroom, SignatureStepRole.Principal, SignatureStepRole.Seal })
        {
            var now = DateTimeOffset.UtcNow;
            using var cert = ca.Issue($"CN={Signer(role)}, O=Trường Thử Nghiệm, C=VN", now.AddDays(-1), now.AddYears(1),
                X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation);
            using var credential = new Pkcs12Credential(X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pkcs12), null),
                [X509CertificateLoader.LoadCertificate(ca.Root.RawData)]);
            var (signedPdf, signedXml) = await app.WithServicesAsync(async sp =>
            {
                var next = await sp.GetRequiredService<PadesSigner>().SignAsync(pdf, credential, new PdfSignatureRequest(role.ToString(), FieldName: $"Sig{(int)role}"));
                var xml = role == SignatureStepRole.Seal ? await sp.GetRequiredService<XmlDsigSigner>().SignAsync(draftXml ?? TinyXml("đã ký"), credential) : null;
                return (next, xml);
            });
            pdf = signedPdf;
            await app.ArchiveAsync(a => a.RecordSignatureAsync(documentId, Step(role, signedPdf, signedXml) with
            {
                CertificateSubject = credential.Certificate.Subject, CertificateThumbprint = credential.Certificate.Thumbprint,
            })).Must();
        }
        return (await app.ArchiveAsync(a => a.IssueAsync(documentId)).Must(), pdf);
    }

    private static readonly ConditionalWeakTable<TestApp, CertificateAuthority> Cas = [];

    /// <summary>The app's test CA, written where the app looks for its demo CA.</summary>
    public static CertificateAuthority TestCa(TestApp app) => Cas.GetValue(app, a =>
    {
        var ca = CertificateAuthority.Create("Test Root CA học bạ", DateTimeOffset.UtcNow.AddDays(-2));
        var folder = Path.Combine(a.DataDirectory, "pki");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, TrustList.DemoCaFile), ca.Root.ExportCertificatePem());
        return ca;
    });

    /// <summary>Makes <paramref name="app"/> trust the CA that signed <paramref name="other"/>'s documents.</summary>
    public static void TrustTestCaOf(this TestApp app, TestApp other)
    {
        var folder = Path.Combine(app.DataDirectory, "pki");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, TrustList.DemoCaFile), TestCa(other).Root.ExportCertificatePem());
    }

    private static string Signer(SignatureStepRole role) =>
        role switch { SignatureStepRole.Homeroom => "Trần Thị Chủ Nhiệm", SignatureStepRole.Principal => "Lê Văn Hiệu Trưởng", _ => "Trường THCS Thử Nghiệm" };

    public static async Task<IssuedDocument> IssuedTranscriptAsync(this TestApp app, PeopleSchool? school = null, Guid? studentId = null)
    {
        var (draft, pdf, s, student) = await app.DraftTranscriptAsync(school, studentId);
        var (issued, final) = await app.SignAndIssueAsync(draft.Id, pdf);
        return new IssuedDocument(issued, final, s, student);
    }

    /// <summary>What someone with direct database access could do: drop the register's guard triggers, then edit.</summary>
    public static Task TamperRegisterAsync(this TestApp app, string sql) => app.WithDbAsync(async db =>
    {
        var dropTriggers = app.Engine == Engine.Sqlite
            ? "DROP TRIGGER records_register_no_update; DROP TRIGGER records_register_no_delete;"
            : "DROP TRIGGER records_register_no_change ON records_register;";
        await db.Database.ExecuteSqlRawAsync(dropTriggers);
        return await db.Database.ExecuteSqlRawAsync(sql);
    });

    /// <summary>A Guid as an SQL literal: EF Core keeps Guids as upper-case text on SQLite, as uuid on PostgreSQL.</summary>
    public static string SqlId(this TestApp app, Guid id) => app.Engine == Engine.Sqlite ? $"'{id.ToString().ToUpperInvariant()}'" : $"'{id}'";

    public static string BlobPath(this TestApp app, string sha256) =>
        Path.Combine(app.DataDirectory, "records", "blobs", sha256[..2], sha256[2..4], sha256);

    public static Task<ArchiveVerification> VerifyArchiveAsync(this TestApp app) =>
        app.WithServicesAsync(sp => sp.GetRequiredService<ArchiveVerifier>().VerifyAsync());
}
