using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Modules.ContactBook;

/// <summary>The school makes parents' accounts from its guardian records; a parent activates once with the code.</summary>
public sealed class FamilyAccountsTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task School_makes_an_account_and_a_code_and_the_parent_activates_it_once(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.Data.FamilyClassAsync();

        var before = await (await family.Clerk.GetAsync($"/api/v1/contactbook/family-accounts?classId={family.ClassId}")).JsonAsync();
        before.GetProperty("guardians")[0].GetProperty("state").GetString().Should().Be("NoAccount");
        var issued = await (await family.Clerk.IssueCodesAsync(family.ClassId)).JsonAsync();
        var slip = issued.GetProperty("codes").EnumerateArray().Single();
        slip.GetProperty("phone").GetString().Should().Be(family.Phone);
        slip.GetProperty("accountCreated").GetBoolean().Should().BeTrue();
        var code = slip.GetProperty("code").GetString()!;
        code.Should().MatchRegex("^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$");
        var pending = await (await family.Clerk.GetAsync($"/api/v1/contactbook/family-accounts?classId={family.ClassId}")).JsonAsync();
        pending.GetProperty("guardians")[0].GetProperty("state").GetString().Should().Be("Pending");

        (await app.ActivateAsync(family.Phone, code.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal))).StatusCode.Should().Be(HttpStatusCode.OK);
        var parent = await app.ApiAs(new TestUser(Guid.Empty, family.Phone, FamilyData.NewPassword));
        (await parent.ChildrenAsync()).Strings("studentId").Should().Equal(family.StudentId.ToString());

        var again = await (await app.ActivateAsync(family.Phone, code, "KhacHan@2027")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        again.GetProperty("detail").GetString().Should().Contain("đã được dùng");
        (await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName = family.Phone, password = "KhacHan@2027" }))
            .StatusCode.Should().NotBe(HttpStatusCode.OK, "a used code sets no second password");
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == family.GuardianId.ToString()).Select(e => e.Action).ToListAsync());
        actions.Should().Contain(["family-account.create", "family-account.activate"]);
        var activated = await (await family.Clerk.GetAsync($"/api/v1/contactbook/family-accounts?classId={family.ClassId}")).JsonAsync();
        activated.GetProperty("guardians")[0].GetProperty("state").GetString().Should().Be("Activated");
    }

    [Theory, Engines]
    public async Task Wrong_replaced_and_expired_codes_are_refused_in_Vietnamese(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.Data.FamilyClassAsync();
        var first = await family.CodeForAsync();
        var second = await family.CodeForAsync();

        var wrong = await (await app.ActivateAsync(family.Phone, "ABCDE-FGHJK")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        wrong.GetProperty("errors").GetProperty("code")[0].GetString().Should().Contain("Mã kích hoạt không đúng");
        var replaced = await (await app.ActivateAsync(family.Phone, first)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        replaced.GetProperty("detail").GetString().Should().Contain("không còn hiệu lực");
        var mismatch = await (await app.Anonymous().PostAsJsonAsync("/api/v1/contactbook/family-accounts/activate",
            new { phone = family.Phone, code = second, password = FamilyData.NewPassword, confirmPassword = "other" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        mismatch.GetProperty("errors").GetProperty("confirmPassword")[0].GetString().Should().Be("Mật khẩu nhập lại không khớp.");
        await app.AgeCodesAsync(family.GuardianId, TimeSpan.FromDays(15));
        var expired = await (await app.ActivateAsync(family.Phone, second)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        expired.GetProperty("detail").GetString().Should().Contain("đã hết hạn");
    }

    [Theory, Engines]
    public async Task Guessing_one_phone_is_throttled_even_with_the_right_code_after(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.Data.FamilyClassAsync();
        var code = await family.CodeForAsync();

        for (var i = 0; i < 5; i++)
        {
            (await app.ActivateAsync(family.Phone, $"ZZZZZ-ZZZZ{i + 2}")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        var limited = await (await app.ActivateAsync(family.Phone, code)).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        limited.GetProperty("detail").GetString().Should().Contain("quá nhiều lần");
        var failures = await app.WithDbAsync(db => db.Set<TruongSo.Web.Modules.ContactBook.FamilyAccounts.Data.ActivationCode>()
            .Where(c => c.GuardianId == family.GuardianId && c.UsedAt == null).Select(c => c.FailedAttempts).SingleAsync());
        failures.Should().Be(5);
    }

    [Fact]
    public async Task One_client_posting_too_often_gets_429_from_the_platform_limiter()
    {
        await using var app = await TestApp.StartAsync(Engine.Sqlite, new Dictionary<string, string> { ["FamilyAccounts:AttemptsPerClientPerMinute"] = "3" });
        var client = app.Anonymous();
        for (var i = 0; i < 3; i++)
        {
            (await app.ActivateAsync(FamilyData.Phone(), "ABCDE-FGHJK", client: client)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        (await app.ActivateAsync(FamilyData.Phone(), "ABCDE-FGHJK", client: client)).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Theory, Engines]
    public async Task Staff_of_another_school_cannot_list_or_make_accounts_and_a_teacher_is_refused(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.Data.FamilyClassAsync();
        var otherPrincipal = await app.Data.ApiAsync(Roles.Principal, await app.Data.SchoolAsync());
        var teacher = await app.Data.ApiAsync(Roles.Teacher, family.School.School);

        await (await otherPrincipal.GetAsync($"/api/v1/contactbook/family-accounts?classId={family.ClassId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await otherPrincipal.IssueCodesAsync(family.ClassId)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await teacher.GetAsync($"/api/v1/contactbook/family-accounts?classId={family.ClassId}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await teacher.IssueCodesAsync(family.ClassId, family.GuardianId)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var codes = await app.WithDbAsync(db => db.Set<TruongSo.Web.Modules.ContactBook.FamilyAccounts.Data.ActivationCode>().CountAsync(c => c.GuardianId == family.GuardianId));
        codes.Should().Be(0);
    }

    [Theory, Engines]
    public async Task A_guardian_of_another_class_cannot_be_given_a_code_through_this_one(Engine engine)
    {
        var app = await apps.Get(engine);
        var family = await app.Data.FamilyClassAsync();
        var elsewhere = await app.Data.FamilyClassAsync();

        var problem = await (await family.Clerk.IssueCodesAsync(family.ClassId, elsewhere.GuardianId)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("guardianIds")[0].GetString().Should().Contain("không thuộc lớp này");
    }
}
