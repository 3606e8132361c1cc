using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Tests.Platform;

/// <summary>
/// The audit log is append-only and hash-chained: edits, deletions and forks are detectable.
/// Tests that tamper get an app of their own, so no other test's chain is harmed.
/// </summary>
public sealed class AuditChainTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_change_is_recorded_with_who_what_and_after(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var clerkUser = await app.Data.UserAsync(Roles.SchoolAdmin, school);
        var clerk = await app.ApiAs(clerkUser);
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, school));

        var created = await (await clerk.PostAsJsonAsync("/api/v1/users", new { userName = SchoolData.Unique("gv"), fullName = "Đỗ Thị Hoa", role = Roles.Teacher, orgUnitId = school.Id })).JsonAsync(System.Net.HttpStatusCode.Created);
        var log = await (await principal.GetAsync($"/api/v1/audit?schoolId={school.Id}&entityId={created.GetProperty("id").GetString()}")).JsonAsync();

        var entries = log.GetProperty("items").EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("action").GetString()).Should().BeEquivalentTo("user.create", "user.grant");
        entries.Should().OnlyContain(e => e.GetProperty("actorName").GetString() == clerkUser.UserName);
        entries.Single(e => e.GetProperty("action").GetString() == "user.create").GetProperty("after").GetString().Should().Contain("Đỗ Thị Hoa");
        created.GetProperty("generatedPassword").GetString().Should().HaveLength(12, "no password was given, so one is generated");
    }

    [Theory, Engines]
    public async Task Verify_passes_on_an_untouched_log(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine);
        await app.Data.UserAsync(Roles.Teacher, await app.Data.SchoolAsync());

        (await app.CliAsync("audit", "verify")).Should().Be(0);
    }

    [Theory, Engines]
    public async Task Verify_detects_an_edited_entry(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine);
        var school = await app.Data.SchoolAsync();
        await app.Data.UserAsync(Roles.Teacher, school);
        var chain = AuditLog.ChainOf(school.Id);

        await app.TamperAsync(chain, $"UPDATE audit_entries SET after = 'Người khác' WHERE chain = '{chain}' AND seq = 2");

        (await app.CliAsync("audit", "verify")).Should().Be(2);
        var result = await Verify(app);
        result.Problems.Should().ContainSingle(p => p.Chain == chain && p.Seq == 2 && p.Message.Contains("đã bị sửa"));
    }

    [Theory, Engines]
    public async Task Verify_detects_a_deleted_entry_in_the_middle_and_at_the_end(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine);
        var school = await app.Data.SchoolAsync();
        await app.Data.UserAsync(Roles.Teacher, school);
        await app.Data.UserAsync(Roles.Teacher, school);
        var chain = AuditLog.ChainOf(school.Id);
        var last = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Chain == chain).MaxAsync(e => e.Seq));

        await app.TamperAsync(chain, $"DELETE FROM audit_entries WHERE chain = '{chain}' AND seq IN (2, {last})");

        var result = await Verify(app);
        result.Problems.Should().Contain(p => p.Chain == chain && p.Message.Contains("Thiếu bản ghi số 2"));
        result.Problems.Should().Contain(p => p.Chain == chain && p.Message.Contains("Đầu chuỗi"));
        (await app.CliAsync("audit", "verify")).Should().Be(2);
    }

    [Theory, Engines]
    public async Task The_database_refuses_updates_and_deletes_of_entries(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var chain = AuditLog.ChainOf(school.Id);

        var update = () => app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET reason = 'x' WHERE chain = {chain}"));
        var delete = () => app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM audit_entries WHERE chain = {chain}"));

        (await update.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("append-only");
        (await delete.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("append-only");
    }

    [Theory, Engines]
    public async Task Concurrent_writers_extend_one_chain_without_forking(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();

        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => app.Data.UserAsync(Roles.Teacher, school))));

        var chain = AuditLog.ChainOf(school.Id);
        var seqs = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Chain == chain).OrderBy(e => e.Seq).Select(e => e.Seq).ToListAsync());
        seqs.Should().Equal(Enumerable.Range(1, 1 + (12 * 2)).Select(i => (long)i), "the school's creation plus a user and a grant per writer");
        (await Verify(app)).Problems.Where(p => p.Chain == chain).Should().BeEmpty();
    }

    [Theory, Engines]
    public async Task The_seal_hashes_any_text_as_the_verifier_does(Engine engine)
    {
        // On PostgreSQL the database seals (ADR 0017) and .NET verifies: a character beyond U+FFFF counts as two
        // in a field's length, an absent field as -1, the time to the millisecond.
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var chain = AuditLog.ChainOf(school.Id);

        await Record(app, ("test.note", "Lí do: sửa điểm 8,5 ✔️ 🙂", school.Id), ("test.note", null, school.Id));

        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Chain == chain && e.EntityType == "test").OrderBy(e => e.Seq).ToListAsync());
        entries.Should().HaveCount(2).And.OnlyContain(e => e.Hash == AuditHash.Compute(e));
        entries[1].PrevHash.Should().Be(entries[0].Hash);
        entries[1].Seq.Should().Be(entries[0].Seq + 1);
        (await Verify(app)).Problems.Where(p => p.Chain == chain).Should().BeEmpty();
    }

    [Theory, Engines]
    public async Task A_save_with_entries_on_two_chains_seals_each_on_its_own_chain_while_others_take_them_in_the_other_order(Engine engine)
    {
        var app = await apps.Get(engine);
        var (a, b) = (await app.Data.SchoolAsync(), await app.Data.SchoolAsync());

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => i % 2 == 0
            ? Record(app, ("test.pair", "a, b", a.Id), ("test.pair", "a, b", b.Id))
            : Record(app, ("test.pair", "b, a", b.Id), ("test.pair", "b, a", a.Id)))));

        foreach (var school in new[] { a, b })
        {
            var chain = AuditLog.ChainOf(school.Id);
            (await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Chain == chain && e.Action == "test.pair"))).Should().Be(8);
            (await Verify(app)).Problems.Where(p => p.Chain == chain).Should().BeEmpty();
        }
    }

    [PostgresFact]
    public async Task Two_saves_with_entries_on_the_same_two_chains_in_opposite_orders_both_commit_when_queued_on_one_head()
    {
        // PostgreSQL seals at commit, taking heads in the order the entries were inserted (ADR 0017). A save with entries
        // on two chains takes both heads first, in chain order. Without that, the save let through first would hold one
        // head and wait for the other, which the second save took at its commit: a deadlock, and one save lost.
        var app = await apps.Get(Engine.Postgres);
        var schools = new[] { await app.Data.SchoolAsync(), await app.Data.SchoolAsync() }.Select(s => s.Id).Order(Comparer<Guid>.Create(
            (x, y) => string.CompareOrdinal(AuditLog.ChainOf(x), AuditLog.ChainOf(y)))).ToArray();
        var (first, second) = (schools[0], schools[1]);
        await using var holder = new NpgsqlConnection(app.ConnectionString);
        await using var watcher = new NpgsqlConnection(app.ConnectionString);
        await holder.OpenAsync();
        await watcher.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await using (var head = new NpgsqlCommand("SELECT seq FROM audit_chain_heads WHERE chain = @c FOR UPDATE", holder, hold))
        {
            head.Parameters.AddWithValue("c", AuditLog.ChainOf(first));
            (await head.ExecuteScalarAsync()).Should().NotBeNull();
        }

        var inOrder = Task.Run(() => Record(app, ("test.two", "1, 2", first), ("test.two", "1, 2", second)));
        await UntilWaitingAsync(watcher, 1);
        var reversed = Task.Run(() => Record(app, ("test.two", "2, 1", second), ("test.two", "2, 1", first)));
        await UntilWaitingAsync(watcher, 2);
        await hold.CommitAsync();

        (await Task.WhenAll(inOrder, reversed)).Should().Equal(2, 2);
        foreach (var school in schools)
        {
            var chain = AuditLog.ChainOf(school);
            (await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Chain == chain && e.Action == "test.two"))).Should().Be(2);
            (await Verify(app)).Problems.Where(p => p.Chain == chain).Should().BeEmpty();
        }
    }

    private static Task UntilWaitingAsync(NpgsqlConnection watcher, int count) =>
        Waiting.UntilAsync(async () => await Waiting.LockWaitsAsync(watcher) >= count, $"{count} lần ghi nhật kí đang chờ", seconds: 30);

    /// <summary>Records the entries (action, reason, school) and saves them in one transaction, in that order.</summary>
    private static Task<int> Record(TestApp app, params (string Action, string? Reason, Guid School)[] entries) => app.WithServicesAsync(async sp =>
    {
        var log = sp.GetRequiredService<AuditLog>();
        foreach (var (action, reason, school) in entries)
        {
            log.Record(new(action, "test", school.ToString("N")[..8], Before: reason is null ? "\"trước\"" : null,
                After: new { text = "Điểm 𝔸 — ghi chú 😀" }, reason, school));
        }
        return await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
    });

    private static Task<AuditVerification> Verify(TestApp app) =>
        app.WithServicesAsync(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync());
}
