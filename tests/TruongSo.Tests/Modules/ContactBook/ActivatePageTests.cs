using System.Net;

namespace TruongSo.Tests.Modules.ContactBook;

/// <summary>/kich-hoat as a browser without JavaScript uses it.</summary>
public sealed class ActivatePageTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task The_page_activates_once_and_explains_a_reused_code(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.Data.FamilyClassAsync();
        var code = await family.CodeForAsync();
        var fields = new Dictionary<string, string>
        {
            ["Input.Phone"] = family.Phone, ["Input.Code"] = code, ["Input.Password"] = FamilyData.NewPassword, ["Input.ConfirmPassword"] = FamilyData.NewPassword,
        };

        var first = await app.Anonymous().PostFormAsync("/kich-hoat", "activate", fields);
        var html = WebUtility.HtmlDecode(await first.Content.ReadAsStringAsync());
        first.StatusCode.Should().Be(HttpStatusCode.OK, string.Join("\n", app.Logs.Lines.Where(l => l.Contains("xception", StringComparison.Ordinal)).Take(2)));
        html.Should().Contain("Tài khoản đã được kích hoạt");

        var again = WebUtility.HtmlDecode(await (await app.Anonymous().PostFormAsync("/kich-hoat", "activate", fields)).Content.ReadAsStringAsync());
        again.Should().Contain("Mã này đã được dùng để kích hoạt tài khoản");
    }
}
