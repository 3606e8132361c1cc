using Npgsql;
using TruongSo.Web.Modules.Access.Contracts;
using static TruongSo.Tests.Infrastructure.GradebookData;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>
/// The year's result of a subject is computed from both terms' marks, which two different pages hold: saves of the
/// HK I and HK II pages of one class and subject must not each compute it from the other's marks as they were.
/// PostgreSQL only: on SQLite every save has the one writer to itself, and re-plans when the marks it read moved on.
/// </summary>
public sealed class TermSavesRaceTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    private static readonly string[] Columns = ["Tx1", "Tx2", "Tx3", "Tx4", "Gk", "Ck"];

    [Fact]
    public async Task HK1_and_HK2_pages_saved_at_the_same_moment_leave_the_year_result_computed_from_both()
    {
        var app = await apps.Get(Engine.Postgres);
        var cls = await app.Data.GradebookClassAsync(students: 2);
        var hk1 = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 1));
        var hk2 = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 2, "Phạm Thị Hai"));
        object[] All(int mark, int version) => [.. cls.Students.SelectMany(s => Columns.Select(c => Cell(s, c, mark, version)))];
        (await hk1.SaveMarksAsync(cls, "TOAN", 1, All(6, 0))).EnsureSuccessStatusCode();
        (await hk2.SaveMarksAsync(cls, "TOAN", 2, All(6, 0))).EnsureSuccessStatusCode();
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, cls.School));
        (await YearToanAsync(principal, cls)).Should().Equal("6.0", "6.0");

        // The school's audit chain head, held here, stops each save at its commit, after it has computed its results.
        await using var holder = new NpgsqlConnection(app.ConnectionString);
        await holder.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await using (var head = new NpgsqlCommand("SELECT seq FROM audit_chain_heads WHERE chain = @c FOR UPDATE", holder, hold))
        {
            head.Parameters.AddWithValue("c", $"school:{cls.School.Id:D}");
            (await head.ExecuteScalarAsync()).Should().NotBeNull();
        }
        await using var watcher = new NpgsqlConnection(app.ConnectionString);
        await watcher.OpenAsync();
        var first = hk1.SaveMarksAsync(cls, "TOAN", 1, All(9, 1));
        await WaitUntilWaitingAsync(watcher, 1);
        var second = hk2.SaveMarksAsync(cls, "TOAN", 2, All(9, 1));
        await WaitUntilWaitingAsync(watcher, 2);
        await hold.CommitAsync();

        foreach (var save in await Task.WhenAll(first, second))
        {
            (await save.JsonAsync()).GetProperty("saved").GetInt32().Should().Be(12);
        }
        (await YearToanAsync(principal, cls)).Should().Equal(["9.0", "9.0"],
            "(9.0 + 2 × 9.0) / 3: a year computed from the other page's old marks would be 7.0 or 8.0");
    }

    private static async Task<string?[]> YearToanAsync(HttpClient principal, GradebookClass cls) =>
        [.. (await (await principal.GetAsync($"/api/v1/gradebook/classes/{cls.Id}/results?period=year")).JsonAsync())
            .GetProperty("students").EnumerateArray()
            .Select(s => s.GetProperty("subjects").EnumerateArray().Single(j => j.GetProperty("code").GetString() == "TOAN").GetProperty("value").GetString())];

    /// <summary>
    /// Until that many sessions of the database wait for a lock (the saves, stopped where the test wants them). Asked outside
    /// any transaction: inside one, PostgreSQL answers pg_stat_activity from the snapshot it took first.
    /// </summary>
    private static Task WaitUntilWaitingAsync(NpgsqlConnection watcher, int sessions) => NotificationsData.WaitUntilAsync(async () =>
    {
        await using var cmd = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", watcher);
        return (long)(await cmd.ExecuteScalarAsync())! >= sessions;
    }, $"{sessions} lưu điểm chờ khoá", seconds: 30);
}
