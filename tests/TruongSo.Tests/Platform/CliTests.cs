using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Platform;

/// <summary>The operator's sub-commands, run through the real entry point against the app's database.</summary>
public sealed class CliTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task User_create_makes_an_account_that_can_sign_in(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var name = SchoolData.Unique("gv.").ToLowerInvariant();

        var exit = await app.CliAsync("user", "create", name, "--name", "Đỗ Thị Hoa", "--role", Roles.Teacher, "--unit", school.Code, "--password", "Matkhau123");

        exit.Should().Be(0);
        var me = await (await (await app.ApiAs(new TestUser(default, name, "Matkhau123"))).GetAsync("/api/v1/me")).JsonAsync();
        me.GetProperty("fullName").GetString().Should().Be("Đỗ Thị Hoa");
        me.GetProperty("grants")[0].GetProperty("orgUnitId").GetGuid().Should().Be(school.Id);
    }

    [Theory, Engines]
    public async Task User_create_refuses_bad_input_and_writes_nothing(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var name = SchoolData.Unique("gv.").ToLowerInvariant();

        var weakPassword = await app.CliAsync("user", "create", name, "--name", "A", "--role", Roles.Teacher, "--unit", school.Code, "--password", "abc");
        var noSuchUnit = await app.CliAsync("user", "create", name, "--name", "A", "--role", Roles.Teacher, "--unit", "KHONGCO", "--password", "Matkhau123");
        var noSuchRole = await app.CliAsync("user", "create", name, "--name", "A", "--role", "hieu-truong", "--unit", school.Code, "--password", "Matkhau123");
        var wrongUnitKind = await app.CliAsync("user", "create", name, "--name", "A", "--role", Roles.ProvinceOfficer, "--unit", school.Code, "--password", "Matkhau123");

        new[] { weakPassword, noSuchUnit, noSuchRole, wrongUnitKind }.Should().AllBeEquivalentTo(1);
        (await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == name))).Should().BeFalse();
    }

    [Theory, Engines]
    public async Task Reset_password_unlocks_and_replaces_the_password(Engine engine)
    {
        var app = await apps.Get(engine);
        var user = await app.Data.UserAsync(Roles.Teacher, await app.Data.SchoolAsync());
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user.UserName, password = "sai-matkhau-9" });
        }

        var exit = await app.CliAsync("user", "reset-password", user.UserName, "--password", "Moi12345");

        exit.Should().Be(0);
        (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user.UserName, password = "Moi12345" })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user.UserName, password = user.Password })).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory, Engines]
    public async Task Grant_adds_a_role_on_another_unit(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var first = await app.Data.SchoolAsync(province);
        var second = await app.Data.SchoolAsync(province);
        var user = await app.Data.UserAsync(Roles.Teacher, first);

        var exit = await app.CliAsync("user", "grant", user.UserName, "--role", Roles.Principal, "--unit", second.Code);

        exit.Should().Be(0);
        var teacher = await app.ApiAs(user);
        (await teacher.GetAsync($"/api/v1/org-units/{second.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.CliAsync("user", "grant", "khong-co-ai", "--role", Roles.Principal, "--unit", second.Code)).Should().Be(1);
    }

    [Theory, Engines]
    public async Task Seed_demo_is_idempotent(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine);

        (await app.CliAsync("seed-demo")).Should().Be(0);
        var users = await app.WithDbAsync(db => db.Users.CountAsync());
        (await app.CliAsync("seed-demo")).Should().Be(0);

        (await app.WithDbAsync(db => db.Users.CountAsync())).Should().Be(users);
        users.Should().Be(1 + TruongSo.Web.Demo.DemoSeeder.Accounts.Count + TruongSo.Web.Demo.DemoFamilyAccounts.PendingGuardians, "admin, one account per demo role, and the parents awaiting activation");
        (await app.CliAsync("audit", "verify")).Should().Be(0);
    }

    [Theory, Engines]
    public async Task Seed_demo_makes_a_believable_province_and_large_data_on_request(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine);

        (await app.CliAsync("seed-demo", "--schools", "2", "--students-per-school", "40")).Should().Be(0);

        var (levels, studying, graduated, parentChildren, large) = await app.WithDbAsync(async db => (
            await db.Set<TruongSo.Web.Modules.Organization.Data.School>().Select(s => s.Level).Distinct().CountAsync(),
            await db.Set<TruongSo.Web.Modules.People.Data.Student>().CountAsync(s => s.Status == TruongSo.Web.Modules.People.Contracts.StudentStatus.Studying),
            await db.Set<TruongSo.Web.Modules.People.Data.Student>().CountAsync(s => s.Status == TruongSo.Web.Modules.People.Contracts.StudentStatus.Graduated),
            await db.Set<TruongSo.Web.Modules.People.Data.StudentGuardian>().CountAsync(l => db.Set<TruongSo.Web.Modules.People.Data.Guardian>().Any(g => g.Id == l.GuardianId && g.Phone == "0912345678")),
            await db.Set<TruongSo.Web.Modules.Organization.Data.OrgUnit>().CountAsync(u => u.Code.StartsWith("01BM"))));
        levels.Should().Be(3, "a primary, a THCS and a THPT school");
        graduated.Should().BeGreaterThan(0, "last year's top grade graduated");
        studying.Should().BeGreaterThan(500);
        parentChildren.Should().Be(2, "the demo parent has a child in two schools");
        large.Should().Be(2);
        (await app.CliAsync("audit", "verify")).Should().Be(0);
    }

    [Fact]
    public async Task Migrate_brings_an_empty_database_up_to_date()
    {
        var dir = Path.Combine(TestDatabases.RunDirectory, $"cli_{Guid.NewGuid():N}");

        var exit = await TruongSo.Web.Platform.Cli.TruongSoCli.RunAsync(["migrate", $"--TRUONGSO_DATA_DIR={dir}"]);

        exit.Should().Be(0);
        await using var db = TestDatabases.Context(Engine.Sqlite, $"Data Source={Path.Combine(dir, "truongso.db")};Pooling=False");
        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).Should().HaveCountGreaterThan(1);
    }
}
