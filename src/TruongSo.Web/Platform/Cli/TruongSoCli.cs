using System.CommandLine;
using TruongSo.Web.Demo;
using TruongSo.Web.Modules.Access.Cli;
using TruongSo.Web.Platform.Hosting;

namespace TruongSo.Web.Platform.Cli;

/// <summary>
/// One executable: `serve` (the default) and the operators' sub-commands. Tokens a command does
/// not know (--urls, --Database:Provider=...) pass through to the host's configuration.
/// Exit codes: 0 done, 1 wrong usage or failure, 2 a check found problems.
/// </summary>
public static class TruongSoCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("TruongSo — nền tảng trường học số. Không có lệnh con thì chạy máy chủ web (serve).");
        var serve = new Command("serve", "Chạy máy chủ web (mặc định).");
        serve.SetAction((r, ct) => ServeCommand.RunAsync(Passed(r), ct));
        root.SetAction((r, ct) => ServeCommand.RunAsync(Passed(r), ct));
        root.Subcommands.Add(serve);
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(SeedDemoCommand.Create());
        root.Subcommands.Add(UserCommands.Create());
        root.Subcommands.Add(AuditCommands.Create());
        root.Subcommands.Add(Modules.People.ImportExport.Cli.ImportCommands.Create());
        root.Subcommands.Add(Modules.Gradebook.Cli.GradebookCommands.Create());
        Modules.Records.Archive.ArchiveCommands.AddTo(root);
        root.Subcommands.Add(Modules.Records.Signing.Pki.PkiCommands.Create());
        PassThroughUnknownTokens(root);
        try
        {
            // Other exceptions must reach the host (and WebApplicationFactory), not a generic handler.
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (SetupException e)
        {
            await Console.Error.WriteLineAsync($"Lỗi cấu hình: {e.Message}");
            return 1;
        }
    }

    public static string[] Passed(ParseResult result) => [.. result.UnmatchedTokens];

    private static void PassThroughUnknownTokens(Command command)
    {
        command.TreatUnmatchedTokensAsErrors = false;
        foreach (var sub in command.Subcommands)
        {
            PassThroughUnknownTokens(sub);
        }
    }
}
