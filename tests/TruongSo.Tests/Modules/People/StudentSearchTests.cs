using System.Net;
using System.Text.Json;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Tests.Modules.People;

/// <summary>Search without marks or case, and lists in the order of a Vietnamese class register.</summary>
public sealed class StudentSearchTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Search_ignores_marks_and_case_and_finds_codes_and_personal_ids(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync();
        var pid = PeopleData.PersonalId(2013, Gender.Male);
        var an = await app.Data.StudentAsync(school.School, "Nguyễn Văn An", personalId: pid);
        await app.Data.StudentAsync(school.School, "Nguyễn Văn Bình");
        await app.Data.StudentAsync(school.School, "Trần Thị Ánh", gender: Gender.Female);
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);
        var code = (await Students(clerk, $"schoolId={school.Id}&q=nguyen van an")).Single().GetProperty("studentCode").GetString();

        foreach (var q in new[] { "nguyen van an", "NGUYỄN VĂN AN", "Nguyen  Van An", "van an", code, pid })
        {
            (await Students(clerk, $"schoolId={school.Id}&q={Uri.EscapeDataString(q!)}")).Select(s => s.GetProperty("id").GetGuid())
                .Should().Equal([an], $"'{q}' should find Nguyễn Văn An and only him");
        }
        (await Students(clerk, $"schoolId={school.Id}&q=nguyen")).Should().HaveCount(2);
        (await Students(clerk, $"schoolId={school.Id}&q=anh")).Select(s => s.GetProperty("fullName").GetString()).Should().Equal("Trần Thị Ánh");
        (await Students(clerk, $"schoolId={school.Id}&q=%25")).Should().BeEmpty("a LIKE wildcard in q is a character, not a pattern");
    }

    [Theory, Engines]
    public async Task Lists_follow_Vietnamese_order_by_given_name(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync();
        // Given name first; a word ends before a longer one (An < Anh); tones only break ties (Anh < Ánh);
        // d before đ (Dũng < Đức); then family and middle names (Lê Văn Bình < Nguyễn Thị Bình).
        string[] expected = ["Lê Văn An", "Trần Thị Anh", "Trần Thị Ánh", "Lê Văn Bình", "Nguyễn Thị Bình", "Đỗ Thị Chi", "Nguyễn Tiến Dũng", "Vũ Minh Đức", "Hoàng Yến"];
        foreach (var name in Enumerable.Reverse(expected))
        {
            await app.Data.StudentAsync(school.School, name);
        }
        var principal = await app.Data.ApiAsync(Roles.Principal, school.School);

        var page1 = await (await principal.GetAsync($"/api/v1/students?schoolId={school.Id}&pageSize=5")).JsonAsync();
        var page2 = await (await principal.GetAsync($"/api/v1/students?schoolId={school.Id}&pageSize=5&page=2")).JsonAsync();

        page1.GetProperty("totalCount").GetInt32().Should().Be(9);
        page1.GetProperty("items").Strings("fullName").Concat(page2.GetProperty("items").Strings("fullName")).Should().Equal(expected);
    }

    [Theory, Engines]
    public async Task Paging_is_validated_like_every_list(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync();
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);

        var problem = await (await clerk.GetAsync("/api/v1/students?page=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("page")[0].GetString().Should().Be("Số trang phải từ 1 trở lên.");
    }

    private static async Task<List<JsonElement>> Students(HttpClient client, string query) =>
        [.. (await (await client.GetAsync($"/api/v1/students?{query}")).JsonAsync()).GetProperty("items").EnumerateArray()];
}
