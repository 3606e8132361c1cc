using System.CommandLine;
using Spectre.Console;
using TruongSo.Web.Platform.Cli;

namespace TruongSo.Web.Demo;

internal static class SeedDemoCommand
{
    public static Command Create()
    {
        var command = new Command("seed-demo", "Tạo dữ liệu demo: một tỉnh, các trường và tài khoản cho từng vai trò (chạy lại không tạo trùng).");
        command.SetAction(async (r, ct) =>
        {
            await using var host = await CliHost.StartAsync(TruongSoCli.Passed(r), migrate: true, ct);
            await host.Get<AdminAccount>().EnsureAsync(ct);
            await AnsiConsole.Status().StartAsync("Đang tạo dữ liệu demo…", _ => host.Get<DemoSeeder>().SeedAsync(ct));
            AnsiConsole.MarkupLineInterpolated($"[green]Đã tạo dữ liệu demo.[/] Mật khẩu chung của tài khoản demo: {host.Get<DemoOptions>().Password}");
            return 0;
        });
        return command;
    }
}
