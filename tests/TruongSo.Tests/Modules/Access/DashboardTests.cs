using System.Net;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Modules.Access;

public sealed class DashboardTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    /// <summary>
    /// The layout (menu by role) and the page render at once on one request's DbContext; before the
    /// grants were read ahead of rendering, PostgreSQL failed about one load in three.
    /// </summary>
    [Theory, Engines]
    public async Task The_dashboard_loads_every_time_with_the_menu_for_the_role(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var client = await app.SignedInAsync(await app.Data.UserAsync(Roles.Principal, school, "Nguyễn Thị Thu Hà"));

        var statuses = new List<HttpStatusCode>();
        string page = "";
        for (var i = 0; i < 20; i++)
        {
            var response = await client.GetAsync("/");
            statuses.Add(response.StatusCode);
            page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }

        statuses.Should().AllBeEquivalentTo(HttpStatusCode.OK);
        page.Should().Contain("Xin chào, Nguyễn Thị Thu Hà").And.Contain("href=\"/phan-cong\"").And.Contain("Ban giám hiệu");
    }
}
