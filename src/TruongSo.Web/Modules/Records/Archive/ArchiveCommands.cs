using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Cli;

namespace TruongSo.Web.Modules.Records.Archive;

/// <summary>
/// `archive verify` (exit 2 and a list when a file is changed or missing or the register's chain is
/// broken) and `records export --out DIR [--school CODE] [--year 2025-2026]`.
/// </summary>
public static class ArchiveCommands
{
    public static void AddTo(RootCommand root)
    {
        root.Subcommands.Add(new Command("archive", "Kho lưu trữ học bạ số.") { Verify() });
        root.Subcommands.Add(new Command("records", "Học bạ số.") { Export() });
    }

    private static Command Verify()
    {
        var verify = new Command("verify", "Kiểm tra sổ đăng ký và băm lại mọi tệp trong kho lưu trữ. Mã thoát 2 nếu có tệp bị sửa, bị xoá hoặc chuỗi băm bị đứt.");
        verify.SetAction(async (r, ct) =>
        {
            await using var host = await CliHost.StartAsync(TruongSoCli.Passed(r), migrate: false, ct);
            ArchiveVerification result = null!;
            await CliDisplay.StatusAsync("Đang kiểm tra kho lưu trữ…", async () => result = await host.Get<ArchiveVerifier>().VerifyAsync(ct));
            if (result.Intact)
            {
                AnsiConsole.MarkupLineInterpolated($"[green]Kho lưu trữ nguyên vẹn:[/] {result.Documents:N0} tài liệu, {result.Files:N0} tệp, {result.RegisterLines:N0} dòng sổ đăng ký.");
                return 0;
            }
            foreach (var problem in result.Problems)
            {
                Console.WriteLine($"{problem.Subject}: {problem.Message}"); // plain lines, so that scripts and tests can read them
            }
            AnsiConsole.MarkupLineInterpolated($"[red]Kho lưu trữ có {result.Problems.Count} vấn đề.[/]");
            return 2;
        });
        return verify;
    }

    private static Command Export()
    {
        var output = new Option<string>("--out") { Description = "Thư mục ghi tệp.", Required = true };
        var school = new Option<string?>("--school") { Description = "Chỉ trường có mã này." };
        var year = new Option<string?>("--year") { Description = "Chỉ năm học này, ví dụ 2025-2026." };
        var export = new Command("export", "Xuất PDF và XML đã ký của mọi học bạ đã ban hành, kèm chứng thư gốc (PEM) để kiểm tra.") { output, school, year };
        export.SetAction(async (r, ct) =>
        {
            await using var host = await CliHost.StartAsync(TruongSoCli.Passed(r), migrate: false, ct);
            Guid? schoolId = null;
            if (r.GetValue(school) is { } code)
            {
                var unit = (await host.Get<IOrgDirectory>().FindByCodeAsync(code, ct)).FirstOrDefault(u => u.Kind == OrgUnitKind.School);
                if (unit is null)
                {
                    await Console.Error.WriteLineAsync($"Không có trường mã {code}.");
                    return 1;
                }
                schoolId = unit.Id;
            }
            var dir = Path.GetFullPath(r.GetValue(output)!);
            var result = await host.Get<ArchiveExport>().ExportAsync(dir, schoolId, r.GetValue(year), ct);
            foreach (var problem in result.Problems)
            {
                Console.WriteLine($"{problem.Subject}: {problem.Message}");
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Đã xuất {result.Documents} học bạ ({result.Files.Count} tệp) vào {dir}."));
            return result.Problems.Count == 0 ? 0 : 2;
        });
        return export;
    }
}
