using System.Data;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.ContactBook.PortalResults;

/// <summary>
/// bench/results-day only (Bench:BareEndpoint=true): the floor the portal is measured against, in
/// the same app and run — no authentication, one row read through the app's own driver and pool.
/// </summary>
internal static class BenchBareEndpoint
{
    public static void MapBenchBareEndpoint(this WebApplication app) =>
        app.MapGet("/bench/bare", async (AppDbContext db, CancellationToken ct) =>
        {
            var connection = db.Database.GetDbConnection();
            if (connection.State != ConnectionState.Open)
            {
                await db.Database.OpenConnectionAsync(ct);
            }
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT name FROM org_units WHERE kind = 'Ministry' LIMIT 1";
            return Results.Text((string?)await cmd.ExecuteScalarAsync(ct) ?? "");
        }).ExcludeFromDescription();
}
