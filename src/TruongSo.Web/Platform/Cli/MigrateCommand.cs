using System.CommandLine;
using Spectre.Console;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Platform.Cli;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var target = new Option<string?>("--to") { Description = "Chuyển tới một phiên bản cụ thể (mã migration); mặc định là mới nhất." };
        var command = new Command("migrate", "Cập nhật cấu trúc cơ sở dữ liệu (sao lưu tệp SQLite trước khi cập nhật).") { target };
        command.SetAction(async (r, ct) =>
        {
            await using var host = await CliHost.StartAsync(TruongSoCli.Passed(r), migrate: false, ct);
            var migrator = host.Get<DatabaseMigrator>();
            var pending = await migrator.PendingAsync(ct);
            if (pending.Count == 0 && r.GetValue(target) is null)
            {
                AnsiConsole.MarkupLine("[green]Cơ sở dữ liệu đã ở phiên bản mới nhất.[/]");
                return 0;
            }
            await CliDisplay.StatusAsync("Đang cập nhật cơ sở dữ liệu…", () => migrator.MigrateAsync(r.GetValue(target), ct));
            foreach (var m in pending)
            {
                AnsiConsole.MarkupLineInterpolated($"[green]✓[/] {m}");
            }
            AnsiConsole.MarkupLine("[green]Xong.[/]");
            return 0;
        });
        return command;
    }
}
