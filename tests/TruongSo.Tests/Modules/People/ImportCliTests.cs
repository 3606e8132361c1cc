using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Data;

namespace TruongSo.Tests.Modules.People;

/// <summary>`import students|staff` through the real entry point: exit codes and the report file.</summary>
public sealed class ImportCliTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_clean_file_imports_with_exit_code_0_and_a_report_of_the_counts(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var file = Save(app, Workbooks.Students(new Pupil(ImportTestKit.Code(), "Cao Văn Một", new(2013, 1, 1)), new Pupil(null, "Cao Văn Hai", new(2013, 2, 2))));
        var report = Path.ChangeExtension(file, ".ket-qua.csv");

        var exit = await app.CliAsync("import", "students", "--school", school.Code, file);

        exit.Should().Be(0);
        (await app.StudentsAtAsync(school.Id)).Should().HaveCount(2);
        var lines = await File.ReadAllLinesAsync(report);
        lines.Should().Contain("Số dòng đã đọc,2").And.Contain("Thêm mới,2").And.Contain("Số lỗi,0");
    }

    [Theory, Engines]
    public async Task A_file_with_errors_exits_2_writes_nothing_and_lists_the_errors(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var file = Save(app, Workbooks.Students(new Pupil(ImportTestKit.Code(), "Cao Văn Ba", new(2013, 1, 1)), new Pupil(null, "Sai Ngày", new(2013, 1, 1), Gender: "?")));
        var report = Path.Combine(app.DataDirectory, $"bao-cao-{Guid.NewGuid():N}.xlsx");

        var refused = await app.CliAsync("import", "students", "--school", school.Code, file, "--report", report);
        var nothing = await app.StudentsAtAsync(school.Id);
        var partial = await app.CliAsync("import", "students", "--school", school.Code, file, "--valid-only", "--report", report + ".csv");

        refused.Should().Be(2);
        nothing.Should().BeEmpty();
        var errors = Workbooks.Read(await File.ReadAllBytesAsync(report))["Lỗi"];
        errors.Should().HaveCount(2).And.Contain(r => r.SequenceEqual(new[] { "3", "Giới tính", "Giới tính '?' không hợp lệ; chỉ nhận Nam hoặc Nữ." }));
        partial.Should().Be(2, "the file had errors even though the valid rows were written");
        (await app.StudentsAtAsync(school.Id)).Should().ContainSingle().Which.FullName.Should().Be("Cao Văn Ba");
        (await File.ReadAllTextAsync(report + ".csv")).Should().Contain("3,Giới tính,Giới tính '?' không hợp lệ; chỉ nhận Nam hoặc Nữ.");
    }

    [Theory, Engines]
    public async Task Usage_errors_exit_1_and_a_huge_file_exits_2_at_once(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var file = Save(app, Workbooks.Students(new Pupil(ImportTestKit.Code(), "Không Vào", new(2013, 1, 1))));
        var huge = Workbooks.LargeFile(app.DataDirectory, 50);

        var noSchool = await app.CliAsync("import", "students", "--school", "KHONGCO", file);
        var noFile = await app.CliAsync("import", "students", "--school", school.Code, file + ".khong-co");
        var tooLarge = await app.CliAsync("import", "staff", "--school", school.Code, huge);

        noSchool.Should().Be(1);
        noFile.Should().Be(1);
        tooLarge.Should().Be(2);
        (await File.ReadAllTextAsync(Path.ChangeExtension(huge, ".ket-qua.csv"))).Should().Contain("Tệp quá lớn (50");
        (await app.WithDbAsync(db => db.Set<Student>().CountAsync(s => s.SchoolId == school.Id))).Should().Be(0);
    }

    private static string Save(TestApp app, byte[] xlsx)
    {
        var path = Path.Combine(app.DataDirectory, $"nhap-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, xlsx);
        return path;
    }
}
