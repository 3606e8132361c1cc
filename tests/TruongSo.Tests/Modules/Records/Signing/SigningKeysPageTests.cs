using System.Net;
using System.Text.RegularExpressions;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Modules.Records.Signing;

/// <summary>The /hoc-ba/khoa-ky page: a principal uploads the school's seal with a plain form post; a wrong password is explained.</summary>
public sealed partial class SigningKeysPageTests(SigningApps apps) : IClassFixture<SigningApps>
{
    [Theory, Engines]
    public async Task A_principal_uploads_the_seal_through_the_page_after_a_wrong_password(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var browser = await app.SignedInAsync(await app.Data.UserAsync(Roles.Principal, school, "Trần Thị Hiệu"));
        var pkcs12 = apps.Pkcs12("Trường THCS Trang Thử");

        var refused = await PostAsync(browser, pkcs12, "sai", school.Id);
        var saved = await PostAsync(browser, pkcs12, SigningKit.Password, school.Id);

        refused.Should().Contain("Mật khẩu của tệp chứng thư số (PKCS#12) không đúng");
        saved.Should().Contain("Đã lưu khoá ký:");
        var page = await browser.PageAsync("/hoc-ba/khoa-ky");
        page.Should().Contain("Trường THCS Trang Thử").And.Contain("Con dấu của trường").And.Contain("Còn hiệu lực");
    }

    private static async Task<string> PostAsync(HttpClient browser, byte[] pkcs12, string password, Guid schoolId)
    {
        var html = await browser.GetStringAsync("/hoc-ba/khoa-ky");
        var token = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("signing-key"), "_handler" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(pkcs12), "file", "con-dau.p12" },
            { new StringContent(password), "password" },
            { new StringContent("seal"), "kind" },
            { new StringContent(schoolId.ToString()), "schoolId" },
        };
        var response = await browser.PostAsync("/hoc-ba/khoa-ky", form);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return WebUtility.HtmlDecode(body);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
