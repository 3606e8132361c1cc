using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TruongSo.Tests.Modules.Gradebook;
using TruongSo.Tests.Modules.Records.Rendition;
using TruongSo.Web.Modules.Records.Signing.Keys;

namespace TruongSo.Tests.Modules.Records.Issuing;

/// <summary>"Kí cả lớp" over HTTP: the key's password is checked first, the job runs in the background, its progress is polled.</summary>
public sealed class SignClassApiTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    internal const string Password = "Khoá-bí-mật-1";

    [Theory, Engines]
    public async Task The_class_is_signed_step_by_step_through_the_api_and_each_file_reaches_only_its_readers(Engine engine)
    {
        var app = await apps.Get(engine);
        var y = await app.FinishedYearAsync();
        var c = y.Class;
        await KeysForAsync(app, c);
        var (gvcn, principal) = (await app.ApiAs(c.Gvcn), await app.ApiAs(c.Principal));
        var sign = $"/api/v1/records/classes/{c.ClassId}/transcripts/sign";

        var wrongPassword = await gvcn.PostAsJsonAsync(sign, new { role = "Homeroom", password = "sai" });
        var principalTooEarly = await principal.PostAsJsonAsync(sign, new { role = "Principal", password = Password });
        var gvcnAsSeal = await gvcn.PostAsJsonAsync(sign, new { role = "Seal", password = Password });
        var byGvcn = await RunAsync(gvcn, await gvcn.PostAsJsonAsync(sign, new { role = "Homeroom", password = Password }));
        var byPrincipal = await RunAsync(principal, await principal.PostAsJsonAsync(sign, new { role = "Principal", password = Password }));
        var bySeal = await RunAsync(principal, await principal.PostAsJsonAsync(sign, new { role = "Seal", password = Password }));
        var list = await (await principal.GetAsync($"/api/v1/records/classes/{c.ClassId}/transcripts")).JsonAsync();

        (await wrongPassword.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("password").Should().NotBeNull();
        await principalTooEarly.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await gvcnAsSeal.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (byGvcn.GetProperty("succeeded").GetInt32(), byPrincipal.GetProperty("succeeded").GetInt32(), bySeal.GetProperty("succeeded").GetInt32()).Should().Be((2, 2, 2));
        var rows = list.GetProperty("students").EnumerateArray().ToList();
        rows.Should().HaveCount(2).And.OnlyContain(r => r.GetProperty("status").GetString() == "Issued" && r.GetProperty("steps").GetInt32() == 3);
        var documentId = rows.Single(r => r.GetProperty("studentId").GetGuid() == y.StudentId).GetProperty("documentId").GetGuid();
        var pdf = await principal.GetAsync($"/api/v1/records/documents/{documentId}/pdf");
        pdf.StatusCode.Should().Be(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var stranger = await app.Data.ApiAsync(TruongSo.Web.Modules.Access.Contracts.Roles.Principal, await app.Data.SchoolAsync());
        (await stranger.GetAsync($"/api/v1/records/documents/{documentId}/pdf")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/api/v1/records/classes/{c.ClassId}/transcripts")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var page = await (await app.SignedInAsync(c.Gvcn)).PageAsync($"/hoc-ba/lop/{c.ClassId}");
        page.Should().Contain("2/2 học bạ đã ban hành").And.Contain("Đã ban hành").And.NotContain("Kí cả lớp");
        var parent = await app.Data.ParentOfAsync(c.School, y.StudentId);
        var family = await (await app.SignedInAsync(parent)).PageAsync("/hoc-ba/cua-toi");
        family.Should().Contain(RenditionKit.Name).And.Contain($"/xac-thuc/{documentId}");
        var parentApi = await app.ApiAs(parent);
        (await parentApi.GetAsync($"/api/v1/records/documents/{documentId}/pdf")).StatusCode.Should().Be(HttpStatusCode.OK, "a parent downloads their own child's transcript");
        var other = rows.Single(r => r.GetProperty("studentId").GetGuid() != y.StudentId).GetProperty("documentId").GetGuid();
        (await parentApi.GetAsync($"/api/v1/records/documents/{other}/pdf")).StatusCode.Should().Be(HttpStatusCode.NotFound, "and nobody else's");
    }

    [Theory, Engines]
    public async Task A_correction_is_version_2_signed_again_and_the_first_shows_as_replaced_then_a_revocation_shows_its_reason(Engine engine)
    {
        var app = await apps.Get(engine);
        var y = await app.FinishedYearAsync();
        var c = y.Class;
        await KeysForAsync(app, c);
        var (gvcn, principal) = (await app.ApiAs(c.Gvcn), await app.ApiAs(c.Principal));
        await SignAllAsync(c.ClassId, gvcn, principal);
        var v1 = await DocumentOfAsync(principal, c.ClassId, y.StudentId);

        var noReason = await principal.PostAsJsonAsync($"/api/v1/records/documents/{v1}/correction", new { reason = " " });
        var byTeacher = await gvcn.PostAsJsonAsync($"/api/v1/records/documents/{v1}/correction", new { reason = "Sai nhận xét" });
        var corrected = await principal.PostAsJsonAsync($"/api/v1/records/documents/{v1}/correction",
            new { reason = "Sửa nhận xét của hiệu trưởng", principalComment = "Học sinh có nhiều tiến bộ, xứng đáng khen thưởng." });
        var created = JsonDocument.Parse(await corrected.Content.ReadAsStringAsync()).RootElement;
        var v2 = created.GetProperty("id").GetGuid();
        var meanwhile = await app.Anonymous().PageAsync($"/xac-thuc/{v1}");
        await SignAllAsync(c.ClassId, gvcn, principal);
        var oldPage = await app.Anonymous().PageAsync($"/xac-thuc/{v1}");
        var revoked = await principal.PostAsJsonAsync($"/api/v1/records/documents/{v2}/revocation", new { reason = "Hồ sơ cấp nhầm học sinh" });
        var newPage = await app.Anonymous().PageAsync($"/xac-thuc/{v2}");

        await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        byTeacher.StatusCode.Should().Be(HttpStatusCode.NotFound);
        corrected.StatusCode.Should().Be(HttpStatusCode.Created);
        created.GetProperty("version").GetInt32().Should().Be(2);
        meanwhile.Should().Contain("Hợp lệ: tài liệu đang có hiệu lực.", "the first version stands until the second is issued");
        oldPage.Should().Contain($"/xac-thuc/{v2}", "a replaced transcript links to its newer version");
        revoked.StatusCode.Should().Be(HttpStatusCode.OK);
        newPage.Should().Contain("Hồ sơ cấp nhầm học sinh");
        var pdf = await (await principal.GetAsync($"/api/v1/records/documents/{v2}/pdf")).Content.ReadAsByteArrayAsync();
        using var kit = new Signing.SigningKit();
        (await Signing.ExternalTool.RunAsync("pdftotext", kit.Save("v2.pdf", pdf), "-")).Output.Should().Contain("phiên bản 2").And.Contain("xứng đáng khen thưởng");
    }

    internal static async Task SignAllAsync(Guid classId, HttpClient gvcn, HttpClient principal)
    {
        var sign = $"/api/v1/records/classes/{classId}/transcripts/sign";
        await RunAsync(gvcn, await gvcn.PostAsJsonAsync(sign, new { role = "Homeroom", password = Password }));
        await RunAsync(principal, await principal.PostAsJsonAsync(sign, new { role = "Principal", password = Password }));
        await RunAsync(principal, await principal.PostAsJsonAsync(sign, new { role = "Seal", password = Password }));
    }

    private static async Task<Guid> DocumentOfAsync(HttpClient api, Guid classId, Guid studentId) =>
        (await (await api.GetAsync($"/api/v1/records/classes/{classId}/transcripts")).JsonAsync()).GetProperty("students").EnumerateArray()
            .Single(r => r.GetProperty("studentId").GetGuid() == studentId).GetProperty("documentId").GetGuid();

    /// <summary>The class's GVCN and principal get personal keys and the school a seal, from the app's trusted test CA.</summary>
    internal static async Task KeysForAsync(TestApp app, HomeroomClass c)
    {
        await RegisterAsync(app, SigningKeyKind.Personal, c.Gvcn.Id, null, "Lê Thị Chủ Nhiệm");
        await RegisterAsync(app, SigningKeyKind.Personal, c.Principal.Id, null, "Trần Văn Hiệu");
        await RegisterAsync(app, SigningKeyKind.Seal, null, c.School.Id, "Trường THCS Kiểm Thử");
    }

    private static async Task RegisterAsync(TestApp app, SigningKeyKind kind, Guid? owner, Guid? school, string commonName)
    {
        var ca = RecordsArchiveData.TestCa(app);
        var now = DateTimeOffset.UtcNow;
        var pkcs12 = ca.IssuePkcs12($"CN={commonName}, O=Trường THCS Kiểm Thử, C=VN", Password, now.AddDays(-1), now.AddYears(1));
        await app.WithServicesAsync(sp => sp.GetRequiredService<KeyStore>().RegisterAsync(kind, owner, school, pkcs12, Password, null));
    }

    /// <summary>Follows a started job until it reports finished (polling, as the page's script does).</summary>
    private static async Task<JsonElement> RunAsync(HttpClient api, HttpResponseMessage started)
    {
        started.StatusCode.Should().Be(HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var status = started.Headers.Location!.ToString();
        var until = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var job = await (await api.GetAsync(status)).JsonAsync();
            if (job.GetProperty("finished").GetBoolean())
            {
                job.GetProperty("failure").ValueKind.Should().Be(JsonValueKind.Null);
                return job;
            }
            DateTime.UtcNow.Should().BeBefore(until, "a class of two signs in seconds");
            await Task.Delay(100);
        }
    }
}
