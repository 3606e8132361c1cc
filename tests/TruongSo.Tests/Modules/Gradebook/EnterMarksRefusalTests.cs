using System.Net;
using System.Net.Http.Json;
using TruongSo.Web.Modules.Access.Contracts;
using static TruongSo.Tests.Infrastructure.GradebookData;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>Bad input (issue 4): each is refused with a clear message naming the field, and nothing changes.</summary>
public sealed class EnterMarksRefusalTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    public static TheoryData<Engine, string, string, object, string, string> BadCells()
    {
        var data = new TheoryData<Engine, string, string, object, string, string>();
        foreach (var engine in Engines.Selected)
        {
            data.Add(engine, "TOAN", "Tx1", "11", "value", "Điểm phải từ 0 đến 10 (đã nhập 11)");
            data.Add(engine, "TOAN", "Gk", 7.25, "value", "tối đa một chữ số thập phân");
            data.Add(engine, "TOAN", "Ck", "tám", "value", "“tám” không phải là điểm");
            data.Add(engine, "GDCD", "Tx3", "8", "column", "chỉ có 2 điểm đánh giá thường xuyên"); // 35 periods → 2 ĐĐGtx (TT22 Điều 6)
            data.Add(engine, "GDTC", "Tx1", "8", "value", "chỉ nhận Đ (Đạt) hoặc CĐ (Chưa đạt)");
        }
        return data;
    }

    [Theory, MemberData(nameof(BadCells))]
    public async Task A_bad_cell_is_refused_naming_student_and_column_and_nothing_is_saved(Engine engine, string subject, string column, object value, string field, string message)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 2);
        var api = await app.ApiAs(await app.Data.TeacherOfAsync(cls, subject, 1));

        // A good cell first: it is not saved either, since the save is refused as a whole.
        var response = await api.SaveMarksAsync(cls, subject, 1, [Cell(cls.Students[1], "Gk", subject == "GDTC" ? "Đ" : "8"), Cell(cls.Students[0], column, value)]);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty($"cells[1].{field}")[0].GetString().Should().StartWith("Nguyễn Văn An").And.Contain(message);
        (await app.Data.MarkCountAsync(cls)).Should().Be(0);
    }

    [Theory, Engines]
    public async Task A_student_not_in_the_class_is_refused(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 1);
        var other = await app.Data.GradebookClassAsync(students: 1);
        var api = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 1));

        var problem = await (await api.SaveMarksAsync(cls, "TOAN", 1, [Cell(other.Students[0], "Tx1", "8")])).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("cells[0].studentId")[0].GetString().Should().Contain("không có trong danh sách lớp 6A1");
        (await app.Data.MarkCountAsync(other)).Should().Be(0);
    }

    [Theory, Engines]
    public async Task A_locked_term_is_refused_and_a_reopened_sheet_needs_a_reason(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 1);
        var api = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 1));
        await app.Data.LockTermAsync(cls, 1);

        var locked = await (await api.SaveMarksAsync(cls, "TOAN", 1, [Cell(cls.Students[0], "Tx1", "8")])).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        locked.GetProperty("detail").GetString().Should().Contain("đã khoá");
        var sheet = await (await api.GetAsync(cls.Marks("TOAN", 1))).JsonAsync();
        sheet.GetProperty("canWrite").GetBoolean().Should().BeFalse();
        sheet.GetProperty("readOnlyReason").GetString().Should().Contain("đề nghị mở khoá");

        await app.Data.ReopenAsync(cls, "TOAN", 1);
        var noReason = await (await api.SaveMarksAsync(cls, "TOAN", 1, [Cell(cls.Students[0], "Tx1", "8")])).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        noReason.GetProperty("errors").GetProperty("reason")[0].GetString().Should().Contain("lí do");
        (await app.Data.MarkCountAsync(cls)).Should().Be(0);
        (await api.SaveMarksAsync(cls, "TOAN", 1, [Cell(cls.Students[0], "Tx1", "8")], reason: "Chấm phúc khảo")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory, Engines]
    public async Task Another_schools_teacher_gets_404_and_another_subjects_teacher_403(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 1);
        var elsewhere = await app.Data.GradebookClassAsync(students: 1);
        var cell = new[] { Cell(cls.Students[0], "Tx1", "8") };

        var stranger = await app.ApiAs(await app.Data.TeacherOfAsync(elsewhere, "TOAN", 1));
        (await stranger.GetAsync(cls.Marks("TOAN", 1))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.SaveMarksAsync(cls, "TOAN", 1, cell)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var literature = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "NGUVAN", 1, "Phan Văn Trị"));
        var forbidden = await (await literature.SaveMarksAsync(cls, "TOAN", 1, cell)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        forbidden.GetProperty("detail").GetString().Should().Contain("không được phân công dạy môn Toán lớp 6A1");
        (await literature.GetAsync(cls.Marks("TOAN", 1))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await literature.SaveMarksAsync(cls, "NGUVAN", 2, [Cell(cls.Students[0], "Tx1", "8")])).StatusCode.Should().Be(HttpStatusCode.Forbidden, "assigned for term 1 only");

        var principal = await app.Data.ApiAsync(Roles.Principal, cls.School);
        var read = await (await principal.GetAsync(cls.Marks("TOAN", 1))).JsonAsync();
        read.GetProperty("canWrite").GetBoolean().Should().BeFalse();
        (await principal.SaveMarksAsync(cls, "TOAN", 1, cell)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.Data.MarkCountAsync(cls)).Should().Be(0);
    }

    [Theory, Engines]
    public async Task A_cookie_write_without_the_pages_antiforgery_token_is_refused(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 1);
        var browser = await app.SignedInAsync(await app.Data.TeacherOfAsync(cls, "TOAN", 1));

        var response = await browser.PutAsJsonAsync(cls.Marks("TOAN", 1), new { cells = new[] { Cell(cls.Students[0], "Tx1", "8") } });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("RequestVerificationToken", out _).Should().BeTrue();
        (await app.Data.MarkCountAsync(cls)).Should().Be(0);
    }
}
