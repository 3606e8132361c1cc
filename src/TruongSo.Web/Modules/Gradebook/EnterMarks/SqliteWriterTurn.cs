using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>
/// SQLite has one writer, and a transaction that finds it busy sleeps in SQLite's busy handler
/// (up to 100 ms a try) before trying again: fifty teachers saving at once spend most of their time
/// asleep while the file is free. The app is the file's only process, so on SQLite saves of marks
/// take their turn here instead, each woken the moment the one before commits. PostgreSQL locks rows
/// and needs no queue.
/// </summary>
public sealed class SqliteWriterTurn : IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private int waiting;

    /// <summary>Saves waiting for their turn at this moment: how long the queue is (a test stages two saves by it).</summary>
    public int Waiting => Volatile.Read(ref waiting);

    /// <summary>Waits for the turn on SQLite (null on PostgreSQL); dispose the result to pass it on.</summary>
    public async Task<IDisposable?> WaitAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return null;
        }
        Interlocked.Increment(ref waiting);
        try
        {
            await turn.WaitAsync(ct);
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }
        return new Turn(turn);
    }

    public void Dispose() => turn.Dispose();

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
