using System.CommandLine;
using Spectre.Console;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Cli;

namespace TruongSo.Web.Demo;

internal static class SeedDemoCommand
{
    public static Command Create()
    {
        var schools = new Option<int?>("--schools") { Description = "Thêm N trường dữ liệu lớn (để đo hiệu năng), mỗi trường một năm học, các lớp và học sinh." };
        var students = new Option<int>("--students-per-school") { Description = "Số học sinh mỗi trường dữ liệu lớn (mặc định 1000).", DefaultValueFactory = _ => 1000 };
        var grades = new Option<bool>("--with-grades") { Description = "Cho các trường dữ liệu lớn: điểm học kì I đủ, học kì II một nửa (để đo việc tính lại kết quả)." };
        var command = new Command("seed-demo", "Tạo dữ liệu demo: một tỉnh, ba trường (tiểu học, THCS, THPT), học sinh, giáo viên, phân công và tài khoản cho từng vai trò (chạy lại không tạo trùng).") { schools, students, grades };
        command.SetAction(async (r, ct) =>
        {
            await using var host = await CliHost.StartAsync(TruongSoCli.Passed(r), migrate: false, ct);
            if (host.Get<IHostEnvironment>().IsProduction())
            {
                AnsiConsole.MarkupLine("[red]Lỗi:[/] Không tạo dữ liệu demo trong môi trường Production (tài khoản demo dùng chung một mật khẩu).");
                return 1;
            }
            await host.PrepareDatabaseAsync(ct);
            await host.Get<AdminAccount>().EnsureAsync(ct);
            await CliDisplay.StatusAsync("Đang tạo dữ liệu demo…", () => host.Get<DemoSeeder>().SeedAsync(ct));
            AnsiConsole.MarkupLineInterpolated($"[green]Đã tạo dữ liệu demo.[/] Mật khẩu chung của tài khoản demo: {host.Get<DemoOptions>().Password}");
            if (r.GetValue(schools) is > 0 and var count)
            {
                if (r.GetValue(students) is < 1 or > 5000)
                {
                    AnsiConsole.MarkupLine("[red]Lỗi:[/] --students-per-school phải từ 1 đến 5000.");
                    return 1;
                }
                await CliDisplay.ProgressAsync($"Đang tạo {count:N0} trường × {r.GetValue(students):N0} học sinh", count,
                    report => host.Get<LargeDemo>().SeedAsync(count, r.GetValue(students), new Progress<int>(done => report(done)), ct));
                AnsiConsole.MarkupLineInterpolated($"[green]Đã tạo dữ liệu lớn:[/] {count:N0} trường, {count * r.GetValue(students):N0} học sinh.");
                if (r.GetValue(grades))
                {
                    var directory = host.Get<IOrgDirectory>();
                    var ids = new List<Guid>();
                    for (var i = 0; i < count; i++)
                    {
                        ids.AddRange((await directory.FindByCodeAsync($"{LargeDemo.CodePrefix}{i:D5}", ct)).Select(u => u.Id));
                    }
                    await CliDisplay.StatusAsync("Đang tạo điểm…", () => host.Get<DemoGrades>().SeedAsync(ids, ct));
                    AnsiConsole.MarkupLine("[green]Đã tạo điểm cho các trường dữ liệu lớn.[/]");
                }
            }
            return 0;
        });
        return command;
    }
}
