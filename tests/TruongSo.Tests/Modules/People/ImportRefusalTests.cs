using System.Diagnostics;
using System.Net;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Modules.People;

/// <summary>Every kind of bad input gets a clear Vietnamese message naming row and column, and writes nothing.</summary>
public sealed class ImportRefusalTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    private static readonly DateOnly Dob = new(2013, 6, 1);

    public static TheoryData<Engine, string> Cases()
    {
        var data = new TheoryData<Engine, string>();
        foreach (var engine in Engines.Selected)
        {
            foreach (var name in new[] { "empty", "no-data", "header-only", "wrong-sheet", "wrong-headers", "duplicate-codes", "duplicate-ids", "bad-id", "future-birth", "not-xlsx", "broken-zip", "unknown-class" })
            {
                data.Add(engine, name);
            }
        }
        return data;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task Bad_input_is_refused_with_a_message_and_writes_nothing(Engine engine, string name)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, school));
        var (code, pid) = (ImportTestKit.Code(), ImportTestKit.PersonalId(2013));
        var valid = new Pupil(ImportTestKit.Code(), "Hoàng Văn Đúng", Dob);
        var xlsx = Workbooks.Students(valid);
        var (file, row, column, message) = name switch
        {
            "empty" => ([], 0, null, "Tệp rỗng"),
            "no-data" => (Workbooks.Sheet("HocSinh", [], []), 0, null, "không có dữ liệu"),
            "header-only" => (Workbooks.Students(), 0, null, "chỉ có dòng tiêu đề"),
            "wrong-sheet" => (Workbooks.Sheet("CanBo", ["Mã cán bộ", "Họ và tên", "Giới tính", "Chức vụ"], [["GV01", "Ngô Thị Lan", "Nữ", "Giáo viên"]]), 0, null, "Không có trang tính 'HocSinh'"),
            "wrong-headers" => (Workbooks.Sheet("HocSinh", ["Họ và tên", "Giới tính", "Lop hoc"], [["Ngô An", "Nam", "6A1"]]), 1, "Ngày sinh", "Thiếu cột bắt buộc 'Ngày sinh'"),
            "duplicate-codes" => (Workbooks.Students(valid, new Pupil(code, "Trùng Một", Dob), new Pupil(code, "Trùng Hai", Dob)), 3, "Mã định danh", $"Mã định danh {code} trùng với dòng 4"),
            "duplicate-ids" => (Workbooks.Students(valid, new Pupil(null, "Trùng Một", Dob, PersonalId: pid), new Pupil(null, "Trùng Hai", Dob, PersonalId: pid)), 4, "Số định danh cá nhân", "trùng với dòng 3"),
            "bad-id" => (Workbooks.Students(valid, new Pupil(null, "Sai Số", Dob, "Nữ", PersonalId: pid)), 3, "Số định danh cá nhân", "không khớp với giới tính"),
            "future-birth" => (Workbooks.Students(valid, new Pupil(null, "Chưa Sinh", DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1))), 3, "Ngày sinh", "ở tương lai"),
            "not-xlsx" => ("Họ và tên,Ngày sinh\nAn,01/01/2013\n"u8.ToArray(), 0, null, "Tệp không phải Excel (.xlsx) hợp lệ."),
            "broken-zip" => (xlsx[..(xlsx.Length / 2)], 0, null, "Tệp không phải Excel (.xlsx) hợp lệ."),
            "unknown-class" => (Workbooks.Students(valid, new Pupil(null, "Lạc Lớp", Dob, Class: "9Z9")), 3, "Lớp", "9Z9"),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };

        var response = await clerk.UploadAsync($"/api/v1/students/import?schoolId={school.Id}", file);

        var report = await response.ReportAsync(HttpStatusCode.BadRequest);
        report.GetProperty("written").GetBoolean().Should().BeFalse();
        report.Errors().Should().Contain(e => e.Row == row && e.Column == column && e.Message.Contains(message, StringComparison.Ordinal),
            string.Join(" | ", report.Errors()));
        (await app.StudentsAtAsync(school.Id)).Should().BeEmpty();
        (await app.AuditCountAsync(school.Id, "students.import")).Should().Be(0);
    }

    [Theory, Engines]
    public async Task Both_rows_of_a_duplicate_are_named_and_unknown_columns_by_their_header(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, school));
        var code = ImportTestKit.Code();

        var duplicate = await (await clerk.UploadAsync($"/api/v1/students/import?schoolId={school.Id}",
            Workbooks.Students(new Pupil(code, "Một", Dob), new Pupil(code, "Hai", Dob)))).ReportAsync(HttpStatusCode.BadRequest);
        var headers = await (await clerk.UploadAsync($"/api/v1/students/import?schoolId={school.Id}",
            Workbooks.Sheet("HocSinh", ["Họ và tên", "Ngày sinh", "Giới tính", "Lop hoc"], [["An", "01/01/2013", "Nam", "6A1"]]))).ReportAsync(HttpStatusCode.BadRequest);

        duplicate.Errors().Select(e => (e.Row, e.Column)).Should().BeEquivalentTo([(2, "Mã định danh"), (3, "Mã định danh")]);
        headers.Errors().Should().ContainSingle().Which.Should().Be((1, "Lop hoc", "Cột D 'Lop hoc' không có trong mẫu nhập."));
    }

    [Theory, Engines]
    public async Task A_student_studying_at_another_school_is_refused(Engine engine)
    {
        var app = await apps.Get(engine);
        var other = await app.Data.SchoolAsync(name: "Trường THCS Kim Đồng");
        var school = await app.Data.SchoolAsync();
        var pupil = new Pupil(ImportTestKit.Code(), "Trịnh Văn Chuyển", Dob, PersonalId: ImportTestKit.PersonalId(2013));
        await (await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, other))).UploadAsync($"/api/v1/students/import?schoolId={other.Id}", Workbooks.Students(pupil));
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, school));

        var byCode = await (await clerk.UploadAsync($"/api/v1/students/import?schoolId={school.Id}", Workbooks.Students(pupil))).ReportAsync(HttpStatusCode.BadRequest);
        var byId = await (await clerk.UploadAsync($"/api/v1/students/import?schoolId={school.Id}", Workbooks.Students(pupil with { Code = null }))).ReportAsync(HttpStatusCode.BadRequest);

        byCode.Errors().Should().ContainSingle().Which.Should().Be((2, "Mã định danh",
            $"Học sinh {pupil.Code} (Trịnh Văn Chuyển) đang học tại Trường THCS Kim Đồng; cần làm thủ tục chuyển trường."));
        byId.Errors().Should().ContainSingle().Which.Column.Should().Be("Số định danh cá nhân");
        (await app.StudentsAtAsync(school.Id)).Should().BeEmpty();
        (await app.StudentsAtAsync(other.Id)).Should().ContainSingle();
    }

    [Theory, Engines]
    public async Task A_clerk_of_another_school_or_a_teacher_cannot_import(Engine engine)
    {
        var app = await apps.Get(engine);
        var (a, b) = (await app.Data.SchoolAsync(), await app.Data.SchoolAsync());
        var file = Workbooks.Students(new Pupil(ImportTestKit.Code(), "Ai Đó", Dob));

        var otherClerk = await (await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, b))).UploadAsync($"/api/v1/students/import?schoolId={a.Id}", file);
        var teacher = await (await app.ApiAs(await app.Data.UserAsync(Roles.Teacher, a))).UploadAsync($"/api/v1/students/import?schoolId={a.Id}", file);
        var anonymous = await app.Anonymous().UploadAsync($"/api/v1/students/import?schoolId={a.Id}", file);
        var otherExport = await (await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, b))).GetAsync($"/api/v1/students/export?schoolId={a.Id}");

        await otherClerk.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await teacher.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await otherExport.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await app.StudentsAtAsync(a.Id)).Should().BeEmpty();
    }

    [Theory, Engines]
    public async Task A_50_MB_upload_is_refused_before_it_is_read(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, school));
        var path = Workbooks.LargeFile(app.DataDirectory, 50);
        using var form = new MultipartFormDataContent { { new StreamContent(File.OpenRead(path)), "file", "lon.xlsx" } };
        var clock = Stopwatch.StartNew();

        var response = await clerk.PostAsync($"/api/v1/students/import?schoolId={school.Id}", form);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("detail").GetString().Should().StartWith("Tệp quá lớn (50").And.Contain("giới hạn là 20 MB");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        (await app.StudentsAtAsync(school.Id)).Should().BeEmpty();
    }

    [Theory, Engines]
    public async Task A_zip_bomb_is_refused_without_inflating_it(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, school));
        var bomb = Workbooks.Bomb(inflatedMegabytes: 300);
        var before = GC.GetTotalAllocatedBytes();

        var report = await (await clerk.UploadAsync($"/api/v1/students/import?schoolId={school.Id}", bomb)).ReportAsync(HttpStatusCode.BadRequest);

        bomb.Length.Should().BeLessThan(2 * 1024 * 1024, "the point of a bomb: small on the wire");
        report.Errors().Should().ContainSingle().Which.Message.Should().Contain("vượt giới hạn 200 MB");
        (GC.GetTotalAllocatedBytes() - before).Should().BeLessThan(100L * 1024 * 1024, "nothing of the inflated sheet is held");
        (await app.StudentsAtAsync(school.Id)).Should().BeEmpty();
    }
}
