using System.CommandLine;
using Spectre.Console;
using TruongSo.Web.Platform.Cli;

namespace TruongSo.Web.Modules.Records.Signing.Pki;

/// <summary>`pki demo-ca [--school CODE …]`: the demo's certificates (see <see cref="DemoCa"/>).</summary>
internal static class PkiCommands
{
    private static readonly string[] DemoSchools = ["01THCS001", "01TH0001", "01THPT001"];

    public static Command Create()
    {
        var schools = new Option<string[]>("--school") { Description = "Mã trường (mặc định: ba trường demo).", AllowMultipleArgumentsPerToken = true };
        var demoCa = new Command("demo-ca", "Tạo CA demo, chứng thư số con dấu cho các trường và chứng thư số cá nhân cho hiệu trưởng, GVCN; đăng ký vào kho khoá; ghi ca.pem.") { schools };
        demoCa.SetAction(async (r, ct) =>
        {
            await using var host = await CliHost.StartAsync(TruongSoCli.Passed(r), migrate: true, ct);
            var codes = r.GetValue(schools) is { Length: > 0 } given ? given : DemoSchools;
            try
            {
                var result = await host.Get<DemoCa>().CreateAsync(codes, ct);
                foreach (var line in result.Registered)
                {
                    AnsiConsole.MarkupLineInterpolated($"[grey]{line}[/]");
                }
                AnsiConsole.MarkupLineInterpolated($"[green]CA demo:[/] {result.CaPemPath}; đã đăng ký {result.Seals} con dấu và {result.Personal} khoá cá nhân (mật khẩu {DemoCa.KeyPassword}).");
                return 0;
            }
            catch (SigningRefusedException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }
        });
        return new Command("pki", "Chứng thư số và khoá ký.") { demoCa };
    }
}
