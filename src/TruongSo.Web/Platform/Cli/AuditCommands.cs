using System.CommandLine;
using Spectre.Console;
using TruongSo.Web.Platform.Audit;

namespace TruongSo.Web.Platform.Cli;

internal static class AuditCommands
{
    public static Command Create()
    {
        var verify = new Command("verify", "Kiểm tra chuỗi băm của nhật ký: phát hiện bản ghi bị sửa hoặc bị xoá. Mã thoát 2 nếu có vấn đề.");
        verify.SetAction(async (r, ct) =>
        {
            await using var host = await CliHost.StartAsync(TruongSoCli.Passed(r), migrate: false, ct);
            AuditVerification result = null!;
            await CliDisplay.StatusAsync("Đang kiểm tra nhật ký…", async () => result = await host.Get<AuditVerifier>().VerifyAsync(ct: ct));
            if (result.Intact)
            {
                AnsiConsole.MarkupLineInterpolated($"[green]Nhật ký nguyên vẹn:[/] {result.Entries:N0} bản ghi trong {result.Chains:N0} chuỗi.");
                return 0;
            }
            var table = new Table().AddColumns("Chuỗi", "Số", "Vấn đề");
            foreach (var problem in result.Problems)
            {
                table.AddRow(Markup.Escape(problem.Chain), problem.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(problem.Message));
            }
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated($"[red]Nhật ký đã bị can thiệp: {result.Problems.Count} vấn đề.[/]");
            return 2;
        });
        return new Command("audit", "Nhật ký thay đổi.") { verify };
    }
}
