namespace TruongSo.Web.Demo;

/// <summary>
/// Demo mode seeds a province, schools and an account per role, all sharing one password.
/// On by default for `dotnet run`; never in the Production environment.
/// </summary>
public sealed class DemoOptions
{
    public const string DefaultPassword = "TruongSo@2026";

    public bool Enabled { get; init; }
    public string Password { get; init; } = DefaultPassword;
    public string? AdminPassword { get; init; }

    public static DemoOptions From(IConfiguration config, IHostEnvironment env) => new()
    {
        Enabled = !env.IsProduction() && config.GetValue("Demo:Enabled", true),
        Password = config["TRUONGSO_DEMO_PASSWORD"] is { Length: > 0 } p ? p : DefaultPassword,
        AdminPassword = config["TRUONGSO_ADMIN_PASSWORD"] is { Length: > 0 } a ? a : null,
    };
}
