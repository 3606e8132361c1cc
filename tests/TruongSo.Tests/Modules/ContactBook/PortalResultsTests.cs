using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TruongSo.Tests.Modules.Gradebook;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;
using static TruongSo.Tests.Infrastructure.GradebookData;

namespace TruongSo.Tests.Modules.ContactBook;

/// <summary>GET /api/v1/portal/children/{id}/results and /gia-dinh/{id}/ket-qua: the family's own child only, served from a cache that a score change invalidates.</summary>
public sealed class PortalResultsTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    private static string Url(Guid studentId) => $"/api/v1/portal/children/{studentId}/results";

    [Theory, Engines]
    public async Task A_parent_reads_their_childs_results_and_nothing_of_another_child(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.MarkedClassAsync("Nguyễn Văn An", "Trần Thị Bình");
        var (an, binh) = (c.Students[0], c.Students[1]);
        await app.MarksAsync(c, an.Id, c.Math, 1, (MarkColumn.Tx1, 85), (MarkColumn.Gk, 70));
        await app.SubjectResultAsync(c, an.Id, c.Math, GradingPeriod.Hk1, 78);
        await app.StudentResultAsync(c, an.Id, GradingPeriod.Hk1, "Kha", "Tot");
        var parentUser = await app.Data.ParentOfAsync(c.School.School, an.Id);
        var parent = await app.ApiAs(parentUser);
        var browser = await app.SignedInAsync(parentUser);

        var response = await parent.GetAsync(Url(an.Id));
        var json = await response.JsonAsync();
        var again = await parent.SendAsync(new HttpRequestMessage(HttpMethod.Get, Url(an.Id)) { Headers = { { "If-None-Match", response.Headers.ETag!.Tag } } });
        var other = await parent.GetAsync(Url(binh.Id));
        var nobody = await parent.GetAsync(Url(Guid.NewGuid()));
        var page = await browser.PageAsync($"/gia-dinh/{an.Id}/ket-qua");
        var otherPage = await browser.GetAsync($"/gia-dinh/{binh.Id}/ket-qua");

        json.GetProperty("fullName").GetString().Should().Be("Nguyễn Văn An");
        json.GetProperty("className").GetString().Should().Be("7A1");
        var math = Subject(json, "TOAN");
        math.GetProperty("hk1").EnumerateArray().Select(m => (m.GetProperty("column").GetString(), m.GetProperty("score").GetDecimal()))
            .Should().Equal(("Tx1", 8.5m), ("Gk", 7.0m));
        math.GetProperty("results")[0].GetProperty("average").GetDecimal().Should().Be(7.8m);
        var hk1 = json.GetProperty("periods")[0];
        (hk1.GetProperty("period").GetString(), hk1.GetProperty("status").GetString(), hk1.GetProperty("learning").GetString(), hk1.GetProperty("conduct").GetString())
            .Should().Be(("hk1", "closed", "Kha", "Tot"));
        again.StatusCode.Should().Be(HttpStatusCode.NotModified, "the same results answer 304 to the ETag");
        var problem = await other.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await nobody.ShouldBeProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString()
            .Should().Be(problem.GetProperty("detail").GetString(), "another family's child and no child look the same");
        page.Should().Contain("Nguyễn Văn An").And.Contain("Lớp 7A1").And.Contain("7,8").And.Contain("Khá").And.Contain("Đã chốt");
        otherPage.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await otherPage.Content.ReadAsStringAsync()).Should().NotContain("Trần Thị Bình");
    }

    [Theory, Engines]
    public async Task A_student_reads_only_their_own_results(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.MarkedClassAsync("Nguyễn Văn An", "Trần Thị Bình");
        var (an, binh) = (c.Students[0], c.Students[1]);
        await app.SubjectResultAsync(c, an.Id, c.Math, GradingPeriod.Hk1, 91);
        var student = await app.ApiAs(await app.Data.StudentAccountAsync(c.School.School, an.Id));
        var teacher = await app.ApiAs(c.MathTeacher);

        var own = await (await student.GetAsync(Url(an.Id))).JsonAsync();
        var classmate = await student.GetAsync(Url(binh.Id));
        var staff = await teacher.GetAsync(Url(an.Id));

        own.GetProperty("studentCode").GetString().Should().Be(an.Code);
        Subject(own, "TOAN").GetProperty("results")[0].GetProperty("average").GetDecimal().Should().Be(9.1m);
        classmate.StatusCode.Should().Be(HttpStatusCode.NotFound, "a classmate");
        staff.StatusCode.Should().Be(HttpStatusCode.NotFound, "the portal is the family's; staff read through the gradebook");
    }

    [Theory, Engines]
    public async Task A_score_changed_through_the_api_shows_on_the_next_read(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync("7A1", students: 2);
        var an = cls.Students[0];
        var teacher = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 1));
        var saved = await (await teacher.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Tx1", 8), Cell(an, "Tx2", 9), Cell(an, "Tx3", 7), Cell(an, "Tx4", 8), Cell(an, "Gk", "7,5"), Cell(an, "Ck", 8)])).JsonAsync();
        var parent = await app.ApiAs(await app.Data.ParentOfAsync(cls.School, an));
        var browser = await app.SignedInAsync(await app.Data.ParentOfAsync(cls.School, an));

        var before = await MathAsync(parent, an);
        (await browser.PageAsync($"/gia-dinh/{an}/ket-qua")).Should().Contain("7,9");
        var ck = saved.GetProperty("cells").EnumerateArray().Single(x => x.GetProperty("column").GetString() == "Ck").GetProperty("version").GetInt32();
        (await teacher.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Ck", 10, version: ck)])).EnsureSuccessStatusCode();
        var after = await MathAsync(parent, an);

        // ĐTBmhk = (8 + 9 + 7 + 8 + 2 × 7,5 + 3 × Ck) / 9 (TT22 Điều 9.1): 7,9 with Ck 8, 8,6 with Ck 10.
        before.Should().Be((8.0m, 7.9m));
        after.Should().Be((10.0m, 8.6m));
        (await browser.PageAsync($"/gia-dinh/{an}/ket-qua")).Should().Contain("8,6").And.NotContain("7,9");
    }

    [Theory, Engines]
    public async Task The_principals_lock_shows_as_final(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.MarkedClassAsync("Nguyễn Văn An");
        var an = c.Students[0];
        await app.StudentResultAsync(c, an.Id, GradingPeriod.Hk1, "Tot", "Tot");
        var parent = await app.ApiAs(await app.Data.ParentOfAsync(c.School.School, an.Id));
        var principal = await app.Data.ApiAsync(Roles.Principal, c.School.School);

        var before = await (await parent.GetAsync(Url(an.Id))).JsonAsync();
        (await principal.PostAsJsonAsync("/api/v1/gradebook/locks", new { schoolYearId = c.School.YearId, period = "hk1", confirm = true })).EnsureSuccessStatusCode();
        var after = await (await parent.GetAsync(Url(an.Id))).JsonAsync();

        before.GetProperty("periods")[0].GetProperty("status").GetString().Should().Be("closed");
        after.GetProperty("periods")[0].GetProperty("status").GetString().Should().Be("locked");
        after.GetProperty("lockedPeriods").EnumerateArray().Select(p => p.GetString()).Should().Equal("hk1");
    }

    [Theory, Engines]
    public async Task A_score_saved_on_another_instance_shows_within_the_poll_interval(Engine engine)
    {
        var first = await apps.Get(engine);
        var cls = await first.Data.GradebookClassAsync("7A1", students: 1);
        var an = cls.Students[0];
        var teacherUser = await first.Data.TeacherOfAsync(cls, "TOAN", 1);
        var parent = await first.ApiAs(await first.Data.ParentOfAsync(cls.School, an));
        var masterKey = await File.ReadAllTextAsync(Path.Combine(first.DataDirectory, "keys", "master.key"));
        await using var second = await TestApp.StartAsync(engine, new Dictionary<string, string> { ["DataProtection:MasterKey"] = masterKey }, first.ConnectionString);

        var before = await (await parent.GetAsync(Url(an))).JsonAsync();
        (await (await second.ApiAs(teacherUser)).SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Tx1", 6)])).EnsureSuccessStatusCode();
        // The first instance never saw that commit: it learns of it from the chain head (PortalResults:StampPollMilliseconds, 1 s).
        var deadline = DateTime.UtcNow.AddSeconds(10);
        JsonElement after;
        do
        {
            after = await (await parent.GetAsync(Url(an))).JsonAsync();
        }
        while (Subject(after, "TOAN").GetProperty("hk1").GetArrayLength() == 0 && DateTime.UtcNow < deadline);

        Subject(before, "TOAN").GetProperty("hk1").GetArrayLength().Should().Be(0);
        Subject(after, "TOAN").GetProperty("hk1")[0].GetProperty("score").GetDecimal().Should().Be(6.0m);
    }

    private static async Task<(decimal Ck, decimal Average)> MathAsync(HttpClient parent, Guid student)
    {
        var math = Subject(await (await parent.GetAsync(Url(student))).JsonAsync(), "TOAN");
        return (math.GetProperty("hk1").EnumerateArray().Single(m => m.GetProperty("column").GetString() == "Ck").GetProperty("score").GetDecimal(),
            math.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("period").GetString() == "hk1").GetProperty("average").GetDecimal());
    }

    private static JsonElement Subject(JsonElement json, string code) =>
        json.GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("code").GetString() == code);
}
