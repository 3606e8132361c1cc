using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TruongSo.Web.Modules.Gradebook.EnterMarks;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Modules.Access.Contracts;
using static TruongSo.Tests.Infrastructure.GradebookData;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>
/// The year's result of a subject is computed from both terms' marks, which two different pages hold: saves of the
/// HK I and HK II pages of one class and subject must not each compute it from the other's marks as they were.
/// </summary>
public sealed class TermSavesRaceTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    private static readonly string[] Columns = ["Tx1", "Tx2", "Tx3", "Tx4", "Gk", "Ck"];

    [Theory, Engines]
    public async Task HK1_and_HK2_pages_saved_at_the_same_moment_leave_the_year_result_computed_from_both(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 2);
        var hk1 = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 1));
        var hk2 = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 2, "Phạm Thị Hai"));
        object[] All(int mark, int version) => [.. cls.Students.SelectMany(s => Columns.Select(c => Cell(s, c, mark, version)))];
        (await hk1.SaveMarksAsync(cls, "TOAN", 1, All(6, 0))).EnsureSuccessStatusCode();
        (await hk2.SaveMarksAsync(cls, "TOAN", 2, All(6, 0))).EnsureSuccessStatusCode();
        var principal = await app.ApiAs(await app.Data.UserAsync(Roles.Principal, cls.School));
        (await YearToanAsync(principal, cls)).Should().Equal("6.0", "6.0");

        await using var stop = await SavesStopped.HoldAsync(app, cls);
        var first = hk1.SaveMarksAsync(cls, "TOAN", 1, All(9, 1));
        await stop.UntilWaitingAsync(1);
        var second = hk2.SaveMarksAsync(cls, "TOAN", 2, All(9, 1));
        await stop.UntilWaitingAsync(2);
        await stop.ReleaseAsync();

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
    /// Saves stopped after each has worked out its results from the marks it read. On PostgreSQL, at their commit: the test
    /// holds the school's audit chain head, which the commit takes. On SQLite, before their writer turn, which the test
    /// holds: they planned from the marks as read, and the second to write must find that they moved on and plan again.
    /// </summary>
    private sealed class SavesStopped : IAsyncDisposable
    {
        private readonly List<IAsyncDisposable> held = [];
        private Func<Task<int>> queued = null!;
        private Func<Task> release = null!;
        private bool released;

        public static async Task<SavesStopped> HoldAsync(TestApp app, GradebookClass cls)
        {
            var stop = new SavesStopped();
            if (app.Engine == Engine.Sqlite)
            {
                var scope = app.Services.CreateAsyncScope();
                var turns = scope.ServiceProvider.GetRequiredService<SqliteWriterTurn>();
                var turn = await turns.WaitAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
                stop.held.Add(scope);
                (stop.queued, stop.release) = (() => Task.FromResult(turns.Waiting), () => { turn!.Dispose(); return Task.CompletedTask; });
                return stop;
            }
            var holder = new NpgsqlConnection(app.ConnectionString);
            var watcher = new NpgsqlConnection(app.ConnectionString);
            stop.held.AddRange([holder, watcher]);
            await holder.OpenAsync();
            await watcher.OpenAsync();
            var hold = await holder.BeginTransactionAsync();
            await using (var head = new NpgsqlCommand("SELECT seq FROM audit_chain_heads WHERE chain = @c FOR UPDATE", holder, hold))
            {
                head.Parameters.AddWithValue("c", $"school:{cls.School.Id:D}");
                (await head.ExecuteScalarAsync()).Should().NotBeNull();
            }
            stop.queued = () => Waiting.LockWaitsAsync(watcher);
            stop.release = () => hold.CommitAsync();
            return stop;
        }

        public Task UntilWaitingAsync(int saves) =>
            Waiting.UntilAsync(async () => await queued() >= saves, $"{saves} lần lưu điểm đang chờ", seconds: 30);

        public Task ReleaseAsync()
        {
            released = true;
            return release();
        }

        public async ValueTask DisposeAsync()
        {
            if (!released)
            {
                await ReleaseAsync(); // on SQLite the writer turn is the app's, which the class's other tests go on using
            }
            foreach (var h in held)
            {
                await h.DisposeAsync();
            }
        }
    }
}
