using System.Net;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Modules.People;

/// <summary>The People pages on both engines, as a browser without JavaScript uses them (the browser journeys run on SQLite only).</summary>
public sealed class PeoplePageRequestTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Every_page_renders_and_the_admission_form_posts(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync("6A1");
        var id = await app.Data.StudentAsync(school.School, "Âu Dương Phong", classId: school["6A1"]);
        var clerk = await app.SignedInAsync(await app.Data.UserAsync(Roles.SchoolAdmin, school.School));

        // Several times each: the layout reads the grants while the page loads, and a page sharing its
        // DbContext fails only when the two reads overlap (real I/O, so PostgreSQL).
        var urls = new[] { "/hoc-sinh", "/hoc-sinh/moi", $"/hoc-sinh/{id}", "/can-bo", $"/nam-hoc/{school.YearId}/ket-thuc-nam", $"/hoc-sinh/{Guid.NewGuid()}" };
        foreach (var url in Enumerable.Repeat(urls, 4).SelectMany(u => u))
        {
            var response = await clerk.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(url == urls[^1] ? HttpStatusCode.NotFound : HttpStatusCode.OK, $"{url}: {html}");
            html.Should().NotContain(" style=").And.NotMatchRegex("<script(?![^>]*\\bsrc=)", "the CSP would block it");
        }
        var posted = await clerk.PostFormAsync("/hoc-sinh/moi", "admit-student", new()
        {
            ["Input.SchoolId"] = school.Id.ToString(), ["Input.FullName"] = "Âu Dương Tuyết", ["Input.DateOfBirth"] = "2014-07-08",
            ["Input.Gender"] = "Female", ["Input.Ethnicity"] = "01", ["Input.ClassId"] = school["6A1"].ToString(),
        });
        posted.StatusCode.Should().Be(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        var profile = WebUtility.HtmlDecode(await clerk.GetStringAsync(posted.Headers.Location!.ToString()));
        profile.Should().Contain("Âu Dương Tuyết").And.Contain("Đã tiếp nhận học sinh.");
    }
}
