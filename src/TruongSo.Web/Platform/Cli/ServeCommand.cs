using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using TruongSo.Web.Demo;

namespace TruongSo.Web.Platform.Cli;

internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] passed, CancellationToken ct)
    {
        var app = Program.Build(Program.CreateBuilder(passed));
        await app.StartAsync(ct);
        PrintBanner(app);
        await app.WaitForShutdownAsync(ct);
        return 0;
    }

    /// <summary>What a new user needs to begin: where to point the browser, and how to sign in.</summary>
    private static void PrintBanner(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var demo = app.Services.GetRequiredService<DemoOptions>();
        Console.WriteLine();
        foreach (var address in addresses)
        {
            Console.WriteLine($"TruongSo đang chạy tại: {address.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)}");
        }
        if (demo.Enabled)
        {
            Console.WriteLine($"Chế độ demo. Tài khoản (mật khẩu chung: {(demo.Password == DemoOptions.DefaultPassword ? demo.Password : "TRUONGSO_DEMO_PASSWORD")}):");
            Console.WriteLine($"  admin ({(demo.AdminPassword is null ? "cùng mật khẩu" : "mật khẩu TRUONGSO_ADMIN_PASSWORD")}) — Quản trị hệ thống");
            foreach (var account in DemoSeeder.Accounts)
            {
                Console.WriteLine($"  {account.UserName,-20} — {Modules.Access.Contracts.Roles.Find(account.Role)?.Name}");
            }
        }
        Console.WriteLine("Dừng: Ctrl+C");
        Console.WriteLine();
    }
}
