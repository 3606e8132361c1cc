using System.Net;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.Data;

namespace TruongSo.Tests.Modules.People;

/// <summary>Exports use the import's columns (so they can be imported again) and are audited.</summary>
public sealed class ExportTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task An_export_imports_again_as_updates_of_the_same_students(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.SchoolWithYearAsync(2);
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, s.School));
        var phone = ImportTestKit.Phone();
        var pupils = new[]
        {
            new Pupil(ImportTestKit.Code(), "Trần Văn Bảo", new(2014, 1, 31), PersonalId: ImportTestKit.PersonalId(2014), Address: "12 Lý Thường Kiệt", Class: "6A1", Guardian: "Trần Văn Cường", Relation: "Cha", Phone: phone),
            new Pupil(ImportTestKit.Code(), "Trần Thị Ánh", new(2014, 12, 1), "Nữ", Class: "6A2", Ethnicity: "Thái", Guardian: "Trần Văn Cường", Relation: "Cha", Phone: phone),
        };
        var url = $"/api/v1/students/import?schoolId={s.School.Id}";
        (await clerk.UploadAsync(url, Workbooks.Students(pupils))).StatusCode.Should().Be(HttpStatusCode.OK);

        var export = await clerk.GetAsync($"/api/v1/students/export?schoolId={s.School.Id}");
        var bytes = await export.Content.ReadAsByteArrayAsync();
        var again = await (await clerk.UploadAsync(url, bytes, "xuat.xlsx")).ReportAsync(HttpStatusCode.OK);

        export.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var sheet = Workbooks.Read(bytes)["HocSinh"];
        sheet[0].Should().StartWith(["Mã định danh", "Số định danh cá nhân", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc"]);
        sheet.Skip(1).Select(r => r[2]).Should().Equal("Trần Văn Bảo", "Trần Thị Ánh"); // by class, then Vietnamese order
        sheet[1].Should().Contain([pupils[0].Code!, pupils[0].PersonalId!, "Nam", "Kinh", "6A1", "Cha", phone]);
        again.GetProperty("created").GetInt32().Should().Be(0);
        again.GetProperty("updated").GetInt32().Should().Be(2);
        again.GetProperty("errors").GetArrayLength().Should().Be(0);
        var students = await app.StudentsAtAsync(s.School.Id);
        students.Should().HaveCount(2);
        students.Single(x => x.StudentCode == pupils[1].Code).DateOfBirth.Should().Be(new DateOnly(2014, 12, 1), "dates survive as real Excel dates");
        (await app.WithDbAsync(db => db.Set<ClassPlacement>().CountAsync(p => p.SchoolId == s.School.Id))).Should().Be(2, "same class: no move");
    }

    [Theory, Engines]
    public async Task Exports_are_audited_and_filter_by_class(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.SchoolWithYearAsync(2);
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, s.School));
        await clerk.UploadAsync($"/api/v1/students/import?schoolId={s.School.Id}", Workbooks.Students(
            new Pupil(ImportTestKit.Code(), "Lớp Một", new(2014, 1, 1), Class: "6A1", Guardian: "Mẹ Lớp Một", Relation: "Mẹ", Phone: ImportTestKit.Phone()),
            new Pupil(ImportTestKit.Code(), "Lớp Hai", new(2014, 1, 1), Class: "6A2")));
        var accountant = await app.ApiAs(await app.Data.UserAsync(Roles.Accountant, s.School));

        var oneClass = Workbooks.Read(await accountant.GetByteArrayAsync($"/api/v1/students/export?schoolId={s.School.Id}&classId={s.Classes[1].Id}"))["HocSinh"];
        var guardians = Workbooks.Read(await clerk.GetByteArrayAsync($"/api/v1/guardians/export?schoolId={s.School.Id}"))["PhuHuynh"];

        oneClass.Skip(1).Select(r => r[2]).Should().Equal("Lớp Hai");
        guardians.Skip(1).Should().ContainSingle().Which.Should().Contain(["Lớp Một", "Mẹ Lớp Một", "Mẹ"]);
        (await app.AuditCountAsync(s.School.Id, "students.export")).Should().Be(1);
        (await app.AuditCountAsync(s.School.Id, "guardians.export")).Should().Be(1);
    }

    [Theory, Engines]
    public async Task The_template_has_the_headers_a_guide_and_the_ethnicities(Engine engine)
    {
        var app = await apps.Get(engine);
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, await app.Data.SchoolAsync()));

        var template = await clerk.GetByteArrayAsync("/api/v1/students/import-template");
        var staff = await clerk.GetByteArrayAsync("/api/v1/staff/import-template");

        var sheets = Workbooks.Read(template);
        sheets.Keys.Should().Equal("HocSinh", "Hướng dẫn", "Dân tộc");
        sheets["HocSinh"].Should().ContainSingle().Which.Should().StartWith(["Mã định danh", "Số định danh cá nhân", "Họ và tên", "Ngày sinh"]);
        sheets["Hướng dẫn"].Select(r => r[0]).Should().Contain(sheets["HocSinh"][0]);
        sheets["Dân tộc"].Should().HaveCount(55).And.Contain(r => r[0] == "54" && r[1] == "Rơ-măm");
        Workbooks.Read(staff)["CanBo"][0].Should().Equal("Mã cán bộ", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân", "Chức vụ", "Trình độ", "Môn dạy", "Hình thức", "SĐT", "Email");
        Workbooks.Validate(template).Should().BeEmpty("Excel must open it");
        Workbooks.Validate(staff).Should().BeEmpty();
    }
}
