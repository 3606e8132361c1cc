using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Spectre.Console;
using TruongSo.Web.Modules.Access.Data;
using TruongSo.Web.Modules.Access.ManageUsers;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Cli;

namespace TruongSo.Web.Modules.Access.Cli;

/// <summary>`user create|reset-password|grant`: for the operator who has no admin account to hand.</summary>
internal static class UserCommands
{
    private static readonly Argument<string> UserName = new("username") { Description = "Tên đăng nhập." };
    private static readonly Option<string> Role = new("--role") { Description = "Vai trò: system-admin, ministry-officer, province-officer, principal, school-admin, teacher, accountant, parent, student.", Required = true };
    private static readonly Option<string> Unit = new("--unit") { Description = "Mã đơn vị được gán vai trò (mã trường, mã tỉnh, hoặc BGDDT).", Required = true };
    private static readonly Option<string?> Password = new("--password") { Description = "Mật khẩu; bỏ trống thì lấy từ TRUONGSO_NEW_PASSWORD hoặc sinh ngẫu nhiên và in ra." };

    public static Command Create() => new("user", "Quản lý tài khoản người dùng.") { CreateCommand(), ResetCommand(), GrantCommand() };

    private static Command CreateCommand()
    {
        var fullName = new Option<string>("--name") { Description = "Họ và tên.", Required = true };
        var command = new Command("create", "Tạo tài khoản với một vai trò trên một đơn vị.") { UserName, fullName, Role, Unit, Password };
        command.SetAction(async (r, ct) =>
        {
            await using var host = await CliHost.StartAsync(TruongSoCli.Passed(r), migrate: true, ct);
            if (await UnitIdAsync(host, r.GetValue(Unit)!, ct) is not { } unitId)
            {
                return 1;
            }
            var request = new CreateUserRequest(r.GetValue(UserName)!, r.GetValue(fullName)!, PasswordOf(r), r.GetValue(Role)!, unitId);
            var (user, errors) = await host.Get<CreateUser>().HandleAsync(request, ct);
            if (user is null)
            {
                return Fail(errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")));
            }
            AnsiConsole.MarkupLineInterpolated($"[green]Đã tạo tài khoản[/] {user.UserName}.");
            PrintGenerated(user.GeneratedPassword);
            return 0;
        });
        return command;
    }

    private static Command ResetCommand()
    {
        var command = new Command("reset-password", "Đặt lại mật khẩu và mở khoá tài khoản.") { UserName, Password };
        command.SetAction(async (r, ct) =>
        {
            await using var host = await CliHost.StartAsync(TruongSoCli.Passed(r), migrate: true, ct);
            if (await host.Get<UserManager<AppUser>>().FindByNameAsync(r.GetValue(UserName)!) is not { } user)
            {
                return Fail([$"Không có tài khoản '{r.GetValue(UserName)}'."]);
            }
            var (generated, errors) = await host.Get<ResetPassword>().HandleAsync(user, PasswordOf(r), ct);
            if (errors.Count > 0)
            {
                return Fail(errors.Select(e => e.Description));
            }
            AnsiConsole.MarkupLineInterpolated($"[green]Đã đặt lại mật khẩu[/] cho {user.UserName}.");
            PrintGenerated(generated);
            return 0;
        });
        return command;
    }

    private static Command GrantCommand()
    {
        var command = new Command("grant", "Gán thêm một vai trò trên một đơn vị.") { UserName, Role, Unit };
        command.SetAction(async (r, ct) =>
        {
            await using var host = await CliHost.StartAsync(TruongSoCli.Passed(r), migrate: true, ct);
            if (await host.Get<UserManager<AppUser>>().FindByNameAsync(r.GetValue(UserName)!) is not { } user)
            {
                return Fail([$"Không có tài khoản '{r.GetValue(UserName)}'."]);
            }
            if (await UnitIdAsync(host, r.GetValue(Unit)!, ct) is not { } unitId)
            {
                return 1;
            }
            var grants = host.Get<GrantRole>();
            if (await grants.ValidateAsync(r.GetValue(Role)!, unitId, ct) is { } invalid)
            {
                return Fail([invalid.Message]);
            }
            await grants.AddAsync(user.Id, r.GetValue(Role)!, unitId, ct);
            AnsiConsole.MarkupLineInterpolated($"[green]Đã gán vai trò[/] {r.GetValue(Role)} trên {r.GetValue(Unit)} cho {user.UserName}.");
            return 0;
        });
        return command;
    }

    private static async Task<Guid?> UnitIdAsync(CliHost host, string code, CancellationToken ct)
    {
        var units = await host.Get<IOrgDirectory>().FindByCodeAsync(code, ct);
        if (units.Count == 1)
        {
            return units[0].Id;
        }
        Fail([units.Count == 0 ? $"Không có đơn vị mã '{code}'." : $"Mã '{code}' trùng ở nhiều loại đơn vị."]);
        return null;
    }

    private static string? PasswordOf(ParseResult r) =>
        r.GetValue(Password) ?? Environment.GetEnvironmentVariable("TRUONGSO_NEW_PASSWORD");

    private static void PrintGenerated(string? password)
    {
        if (password is not null)
        {
            AnsiConsole.MarkupLineInterpolated($"Mật khẩu tạm: [bold]{password}[/] — hãy yêu cầu người dùng đổi sau lần đăng nhập đầu.");
        }
    }

    private static int Fail(IEnumerable<string> messages)
    {
        foreach (var m in messages)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Lỗi:[/] {m}");
        }
        return 1;
    }
}
