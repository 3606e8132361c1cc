using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Records.Archive;
using TruongSo.Web.Modules.Records.Archive.Data;

namespace TruongSo.Tests.Modules.Records;

/// <summary>
/// A student's whole record (all years, all versions) leaves as a zip with a manifest and enters
/// the receiving school's archive only when every hash checks; other schools cannot take it.
/// </summary>
public sealed class TransferTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task The_principal_exports_every_version_with_a_manifest(Engine engine)
    {
        var app = await apps.Get(engine);
        var (v1, v2) = await TwoVersionsAsync(app);
        var principal = await app.Data.ApiAsync(Roles.Principal, v1.School.School);

        var response = await principal.GetAsync($"/api/v1/records/students/{v1.StudentId}/export");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open()).RootElement;
        manifest.GetProperty("format").GetString().Should().Be("truongso-hoc-ba/1");
        manifest.GetProperty("documents").Strings("id").Should().Equal(v1.Id.ToString(), v2.ToString());
        manifest.GetProperty("documents")[0].GetProperty("status").GetString().Should().Be("Replaced");
        foreach (var file in manifest.GetProperty("files").EnumerateArray())
        {
            using var part = new MemoryStream();
            await zip.GetEntry(file.GetProperty("path").GetString()!)!.Open().CopyToAsync(part);
            BlobStore.HashOf(part.ToArray()).Should().Be(file.GetProperty("sha256").GetString());
        }
    }

    [Theory, Engines]
    public async Task Another_schools_teacher_or_principal_cannot_export_a_students_record(Engine engine)
    {
        var app = await apps.Get(engine);
        var issued = await app.IssuedTranscriptAsync();
        var other = await app.Data.SchoolWithYearAsync("6A1");
        var otherTeacher = await app.Data.TeacherOfAsync(other, other["6A1"]);
        var ownTeacher = await app.Data.TeacherOfAsync(issued.School, issued.School["6A1"]);
        var otherPrincipal = await app.Data.ApiAsync(Roles.Principal, other.School);

        foreach (var client in new[] { otherTeacher, otherPrincipal, ownTeacher })
        {
            await (await client.GetAsync($"/api/v1/records/students/{issued.StudentId}/export")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
        (await app.Anonymous().GetAsync($"/api/v1/records/students/{issued.StudentId}/export")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory, Engines]
    public async Task The_receiving_school_imports_the_record_and_its_archive_verifies(Engine engine)
    {
        var sender = await apps.Get(engine);
        var (v1, v2) = await TwoVersionsAsync(sender);
        var zip = await ExportAsync(sender, v1);
        await using var receiver = await TestApp.StartAsync(engine);
        var school = await receiver.Data.SchoolWithYearAsync("7A1");
        var student = await receiver.Data.StudentAsync(school.School, "Nguyễn Thị Ánh Dương", school["7A1"]);
        var clerk = await receiver.Data.ApiAsync(Roles.Principal, school.School);
        var untrusted = await ImportAsync(clerk, school.Id, student, zip);
        receiver.TrustTestCaOf(sender); // both schools trust the same national list; here, the sender's test CA

        var report = await (await ImportAsync(clerk, school.Id, student, zip)).JsonAsync();
        var again = await (await ImportAsync(clerk, school.Id, student, zip)).JsonAsync();

        untrusted.StatusCode.Should().Be(HttpStatusCode.BadRequest, "signatures from a CA the receiving school does not trust are refused");
        report.GetProperty("imported").GetInt32().Should().Be(2);
        again.GetProperty("imported").GetInt32().Should().Be(0);
        again.GetProperty("alreadyInArchive").GetInt32().Should().Be(2);
        var documents = await receiver.ArchiveAsync(a => a.ForStudentAsync(student));
        documents.Select(d => (d.Id, d.Status, d.HolderSchoolId)).Should().Equal((v1.Id, DocumentStatus.Replaced, school.Id), (v2, DocumentStatus.Issued, school.Id));
        (await receiver.CliAsync("archive", "verify")).Should().Be(0);
        var page = await receiver.Anonymous().PageAsync($"/xac-thuc/{v2}");
        page.Should().Contain("Hợp lệ: tài liệu đang có hiệu lực.").And.Contain(v1.School.School.Name);
    }

    [Theory, Engines]
    public async Task A_tampered_package_is_refused_and_nothing_is_written(Engine engine)
    {
        var app = await apps.Get(engine);
        var issued = await app.IssuedTranscriptAsync();
        var zip = await ExportAsync(app, issued);
        var school = await app.Data.SchoolWithYearAsync("7A1");
        var student = await app.Data.StudentAsync(school.School, "Trần Văn Bình", school["7A1"]);
        var principal = await app.Data.ApiAsync(Roles.Principal, school.School);

        var tampered = await (await ImportAsync(principal, school.Id, student, Tamper(zip))).JsonAsync(HttpStatusCode.BadRequest);
        var notAZip = await (await ImportAsync(principal, school.Id, student, "không phải zip"u8.ToArray())).JsonAsync(HttpStatusCode.BadRequest);
        var teacher = await ImportAsync(await app.Data.TeacherOfAsync(school, school["7A1"]), school.Id, student, zip);
        var notSeated = await ImportAsync(principal, school.Id, issued.StudentId, zip);

        tampered.GetProperty("written").GetBoolean().Should().BeFalse();
        tampered.GetProperty("problems")[0].GetString().Should().Contain("đã bị thay đổi: mã SHA-256 không khớp với manifest");
        notAZip.GetProperty("problems")[0].GetString().Should().Be("Tệp không phải tệp zip hợp lệ hoặc đã bị hỏng.");
        await teacher.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await notSeated.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await app.ArchiveAsync(a => a.ForStudentAsync(student))).Should().BeEmpty();
    }

    private static async Task<(IssuedDocument V1, Guid V2)> TwoVersionsAsync(TestApp app)
    {
        var v1 = await app.IssuedTranscriptAsync();
        var pdf = RecordsArchiveData.TinyPdf("v2");
        var v2 = await app.ArchiveAsync(a => a.ReplaceAsync(v1.Id, new NewVersion(pdf, RecordsArchiveData.TinyXml("v2")), "Sửa điểm")).Must();
        await app.SignAndIssueAsync(v2.Id, pdf);
        return (v1, v2.Id);
    }

    private static async Task<byte[]> ExportAsync(TestApp app, IssuedDocument issued)
    {
        var principal = await app.Data.ApiAsync(Roles.Principal, issued.School.School);
        return await principal.GetByteArrayAsync($"/api/v1/records/students/{issued.StudentId}/export");
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, Guid schoolId, Guid studentId, byte[] zip)
    {
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return client.PostAsync($"/api/v1/records/schools/{schoolId}/students/{studentId}/import", new MultipartFormDataContent { { file, "file", "hoc-ba.zip" } });
    }

    /// <summary>The same package with one byte of one PDF changed (the manifest left as it was).</summary>
    private static byte[] Tamper(byte[] zip)
    {
        using var buffer = new MemoryStream();
        buffer.Write(zip);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.Entries.First(e => e.FullName.EndsWith(".pdf", StringComparison.Ordinal));
            using var part = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(part);
            }
            var bytes = part.ToArray();
            bytes[10] ^= 0x01;
            var name = entry.FullName;
            entry.Delete();
            using var replaced = archive.CreateEntry(name).Open();
            replaced.Write(bytes);
        }
        return buffer.ToArray();
    }
}
