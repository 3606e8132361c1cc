using System.Net;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;

namespace TruongSo.Tests.Modules.People;

public sealed class ImportStaffTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    private static readonly string[] Headers = ["Mã cán bộ", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Trình độ", "Môn dạy", "Hình thức", "SĐT", "Email"];

    [Theory, Engines]
    public async Task Staff_are_created_then_updated_by_code_and_export_round_trips(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.SchoolWithYearAsync(1);
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, s.School));
        var url = $"/api/v1/staff/import?schoolId={s.School.Id}";
        object?[] lan = ["GV01", "Ngô Thị Lan", new DateOnly(1985, 3, 8), "Nữ", "Giáo viên", "Đại học", "toan, gdcd", "Biên chế", "0912000111", "lan@truong.vn"];
        object?[] binh = ["NV01", "Đào Văn Bình", null, "Nam", "nhan-vien", null, null, "hop dong", null, null];

        var first = await (await principal.UploadAsync(url, Workbooks.Sheet("CanBo", Headers, [lan, binh]))).ReportAsync(HttpStatusCode.OK);
        lan[4] = "Phó hiệu trưởng";
        var second = await (await principal.UploadAsync(url, Workbooks.Sheet("CanBo", Headers, [lan]))).ReportAsync(HttpStatusCode.OK);
        var export = await principal.GetByteArrayAsync($"/api/v1/staff/export?schoolId={s.School.Id}");
        var third = await (await principal.UploadAsync(url, export)).ReportAsync(HttpStatusCode.OK);

        first.GetProperty("created").GetInt32().Should().Be(2);
        second.GetProperty("updated").GetInt32().Should().Be(1);
        third.GetProperty("updated").GetInt32().Should().Be(2);
        var staff = await app.WithDbAsync(db => db.Set<StaffMember>().AsNoTracking().Where(m => m.SchoolId == s.School.Id).OrderBy(m => m.StaffCode).ToListAsync());
        staff.Select(m => (m.StaffCode, m.Position, m.Employment)).Should().Equal(("GV01", "pho-hieu-truong", "bien-che"), ("NV01", "nhan-vien", "hop-dong"));
        staff[0].MainSubjects.Should().Be("TOAN,GDCD");
        staff[0].Gender.Should().Be(Gender.Female);
        staff[0].DateOfBirth.Should().Be(new DateOnly(1985, 3, 8));
        (await app.AuditCountAsync(s.School.Id, "staff.import")).Should().Be(3);
        (await app.AuditCountAsync(s.School.Id, "staff.export")).Should().Be(1);
    }

    [Theory, Engines]
    public async Task A_bad_staff_sheet_writes_nothing_and_needs_ManageStaff(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.SchoolWithYearAsync(1);
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, s.School));
        var accountant = await app.ApiAs(await app.Data.UserAsync(Roles.Accountant, s.School));
        var url = $"/api/v1/staff/import?schoolId={s.School.Id}";
        var file = Workbooks.Sheet("CanBo", Headers, [
            ["GV01", "Một", null, "Nam", "Giáo viên", null, "BOI", null, null, null],
            ["GV01", "Hai", null, "Nam", "Thủ kho", null, null, null, "12345", null]]);

        var report = await (await principal.UploadAsync(url, file)).ReportAsync(HttpStatusCode.BadRequest);
        var refused = await accountant.UploadAsync(url, file);

        report.Errors().Select(e => (e.Row, e.Column)).Should().BeEquivalentTo([(2, "Môn dạy"), (2, "Mã cán bộ"), (3, "Mã cán bộ"), (3, "Chức vụ"), (3, "SĐT")]);
        report.Errors().Should().Contain(e => e.Column == "Chức vụ" && e.Message.Contains("Thủ kho", StringComparison.Ordinal));
        await refused.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.Set<StaffMember>().CountAsync(m => m.SchoolId == s.School.Id))).Should().Be(0);
    }
}
