using Microsoft.EntityFrameworkCore;

namespace TruongSo.Tests.Infrastructure;

public static class Tampering
{
    /// <summary>What someone with direct database access could do: drop the guard triggers, then edit.</summary>
    public static Task TamperAsync(this TestApp app, string chain, string sql) => app.WithDbAsync(async db =>
    {
        var dropTriggers = app.Engine == Engine.Sqlite
            ? "DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;"
            : "DROP TRIGGER audit_entries_no_change ON audit_entries;";
        await db.Database.ExecuteSqlRawAsync(dropTriggers);
        return await db.Database.ExecuteSqlRawAsync(sql);
    });
}
