using System.Net;
using TruongSo.Tests.Modules.ContactBook;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Tests.Modules.People;

/// <summary>The consent pages of the family and the school, and the principal's log of who viewed what.</summary>
public sealed class PrivacyPagesTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_parent_consents_on_the_portal_page_and_another_child_is_not_found(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.FamilyAsync();
        var other = await app.FamilyAsync();
        var browser = await app.SignedInAsync(family.Parent);
        var url = $"/gia-dinh/{family.StudentId}/dong-y";

        (await browser.PageAsync(url)).Should().Contain("Hình ảnh của học sinh").And.Contain("Chưa trả lời");
        (await browser.PostFormAsync(url, "consent", new() { ["Choice"] = "hinh-anh:true" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await browser.PageAsync(url)).Should().Contain("Đã đồng ý").And.Contain("Trực tuyến");
        (await browser.GetAsync($"/gia-dinh/{other.StudentId}/dong-y")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory, Engines]
    public async Task The_principal_reads_who_opened_a_profile_page_and_records_a_paper_consent(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.FamilyAsync();
        var school = (await app.WithServicesAsync(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<IOrgDirectory>(sp).FindAsync(family.SchoolId)))!;
        var clerk = await app.SignedInAsync(await app.Data.UserAsync(Roles.SchoolAdmin, school, "Đặng Thị Lưu"));
        var principal = await app.SignedInAsync(await app.Data.UserAsync(Roles.Principal, school, "Trịnh Văn Hiệu"));

        await clerk.PageAsync($"/hoc-sinh/{family.StudentId}");
        (await principal.PageAsync("/quyen-rieng-tu/nhat-ky")).Should().Contain("Đặng Thị Lưu").And.Contain("Nguyễn Thị Ánh").And.Contain("Hồ sơ học sinh");

        var consent = $"/hoc-sinh/{family.StudentId}/dong-y";
        (await principal.PostFormAsync(consent, "record-consent", new() { ["Input.Purpose"] = "lien-lac", ["Input.By"] = "hoc-sinh", ["Input.Given"] = "true" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await principal.PageAsync(consent)).Should().Contain("Trực tiếp (giấy)").And.Contain("Trịnh Văn Hiệu");
        (await principal.PageAsync("/quyen-rieng-tu/dong-y")).Should().Contain("Nguyễn Thị Ánh");
    }
}
