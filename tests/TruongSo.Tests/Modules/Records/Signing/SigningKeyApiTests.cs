using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Tests.Modules.Records.Signing;

/// <summary>Uploading PKCS#12 keys through the API: the happy paths, who may, and every refusal the issue lists.</summary>
public sealed class SigningKeyApiTests(SigningApps apps) : IClassFixture<SigningApps>
{
    [Theory, Engines]
    public async Task A_principal_uploads_a_personal_key_and_the_schools_seal_and_lists_both(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, school, "Trần Thị Hiệu"));

        var personal = await UploadAsync(principal, apps.Pkcs12("Trần Thị Hiệu"), SigningKit.Password);
        var seal = await UploadAsync(principal, apps.Pkcs12("Trường THCS Thử"), SigningKit.Password, "seal", school);

        (await personal.JsonAsync(HttpStatusCode.Created)).GetProperty("commonName").GetString().Should().Be("Trần Thị Hiệu");
        (await seal.JsonAsync(HttpStatusCode.Created)).GetProperty("kind").GetString().Should().Be("Seal");
        var list = await (await principal.GetAsync("/api/v1/records/signing-keys")).JsonAsync();
        list.Strings("commonName").Should().BeEquivalentTo("Trần Thị Hiệu", "Trường THCS Thử");
    }

    [Theory, Engines]
    public async Task A_teacher_may_upload_only_a_personal_key_and_sees_only_their_own(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var teacher = await app.ApiAs(await app.Data.UserAsync(Roles.Teacher, school, "Lê Văn Chủ Nhiệm"));
        var other = await app.ApiAs(await app.Data.UserAsync(Roles.Teacher, school, "Phạm Thị Khác"));

        (await UploadAsync(teacher, apps.Pkcs12("Lê Văn Chủ Nhiệm"), SigningKit.Password)).StatusCode.Should().Be(HttpStatusCode.Created);
        await (await UploadAsync(teacher, apps.Pkcs12("Trường X"), SigningKit.Password, "seal", school)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await (await other.GetAsync("/api/v1/records/signing-keys")).JsonAsync()).GetArrayLength().Should().Be(0);
    }

    [Theory, Engines]
    public async Task A_wrong_password_is_refused_naming_the_password(Engine engine)
    {
        var problem = await RefusedAsync(engine, apps.Pkcs12("Nguyễn Văn A"), "sai-mật-khẩu");

        problem.GetProperty("errors").GetProperty("password")[0].GetString().Should().Be("Mật khẩu của tệp chứng thư số (PKCS#12) không đúng, hoặc tệp không phải PKCS#12.");
    }

    [Theory, Engines]
    public async Task An_expired_or_not_yet_valid_certificate_is_refused(Engine engine)
    {
        var expired = await RefusedAsync(engine, apps.Pkcs12("Nguyễn Văn Cũ", apps.Kit.Now.AddYears(-2), apps.Kit.Now.AddDays(-3)));
        var early = await RefusedAsync(engine, apps.Pkcs12("Nguyễn Văn Sớm", apps.Kit.Now.AddDays(10), apps.Kit.Now.AddYears(1)));

        Certificate(expired).Should().StartWith("Chứng thư số đã hết hạn ngày ");
        Certificate(early).Should().StartWith("Chứng thư số chưa có hiệu lực: có hiệu lực từ ngày ");
    }

    [Theory, Engines]
    public async Task A_revoked_certificate_is_refused(Engine engine)
    {
        var pkcs12 = apps.Pkcs12("Nguyễn Văn Thu Hồi");
        apps.Revoke(pkcs12);

        Certificate(await RefusedAsync(engine, pkcs12)).Should().StartWith("Chứng thư số đã bị thu hồi ngày ");
    }

    [Theory, Engines]
    public async Task A_certificate_without_the_signing_key_usage_is_refused(Engine engine)
    {
        var problem = await RefusedAsync(engine, apps.Pkcs12("Máy chủ", usage: X509KeyUsageFlags.KeyEncipherment));

        Certificate(problem).Should().Be("Chứng thư số không được phép dùng để ký số (thiếu mục đích sử dụng khoá digitalSignature hoặc nonRepudiation).");
    }

    [Theory, Engines]
    public async Task A_certificate_from_a_CA_outside_the_trust_list_is_refused(Engine engine)
    {
        using var stranger = new SigningKit();
        var pkcs12 = stranger.Ca.IssuePkcs12("CN=Người lạ", SigningKit.Password, stranger.Now.AddDays(-1), stranger.Now.AddYears(1));

        Certificate(await RefusedAsync(engine, pkcs12)).Should().Be("Chứng thư số không được cấp bởi tổ chức chứng thực nằm trong danh sách tin cậy của hệ thống.");
    }

    private async Task<System.Text.Json.JsonElement> RefusedAsync(Engine engine, byte[] pkcs12, string password = SigningKit.Password)
    {
        var app = await apps.Get(engine);
        var teacher = await app.ApiAs(await app.Data.UserAsync(Roles.Teacher, await app.Data.SchoolAsync()));
        return await (await UploadAsync(teacher, pkcs12, password)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private static string Certificate(System.Text.Json.JsonElement problem) => problem.GetProperty("errors").GetProperty("certificate")[0].GetString()!;

    internal static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] pkcs12, string password, string kind = "personal", OrgUnitRef? school = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(pkcs12);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/x-pkcs12");
        form.Add(file, "file", "khoa.p12");
        form.Add(new StringContent(password), "password");
        form.Add(new StringContent(kind), "kind");
        if (school is not null)
        {
            form.Add(new StringContent(school.Id.ToString()), "schoolId");
        }
        return client.PostAsync("/api/v1/records/signing-keys", form);
    }
}
