using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Hosting;

namespace TruongSo.Tests.Database;

/// <summary>The hand-drafted migrations build exactly the model, and upgrade a populated database losslessly.</summary>
public sealed class MigrationTests
{
    private const string FirstMigration = "20261121000001_Platform";

    [Theory, Engines]
    public async Task Migrations_build_the_same_schema_as_the_model(Engine engine)
    {
        await using var migrated = TestDatabases.Context(engine, await TestDatabases.CreateEmptyAsync(engine, $"m_{Guid.NewGuid():N}"));
        await using var fromModel = TestDatabases.Context(engine, await TestDatabases.CreateEmptyAsync(engine, $"e_{Guid.NewGuid():N}"));
        await migrated.Database.MigrateAsync();
        await fromModel.Database.EnsureCreatedAsync();

        var expected = await SchemaCatalog.ReadAsync(fromModel, engine);
        var actual = await SchemaCatalog.ReadAsync(migrated, engine);

        actual.Except(expected).Should().BeEmpty("the migrations should create nothing the model lacks");
        expected.Except(actual).Should().BeEmpty("the model should have nothing the migrations forgot");
        expected.Should().Contain(l => l.StartsWith("table audit_entries", StringComparison.Ordinal));
    }

    [Theory, Engines]
    public async Task Upgrading_a_populated_database_keeps_every_row(Engine engine)
    {
        var cs = await TestDatabases.CreateEmptyAsync(engine, $"u_{Guid.NewGuid():N}");
        var (schoolId, userId) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var old = TestDatabases.Context(engine, cs))
        {
            await old.GetService<IMigrator>().MigrateAsync(FirstMigration);
            (await old.Database.GetPendingMigrationsAsync()).Should().NotBeEmpty("there must be a later migration to upgrade to");
            await InsertAsFirstReleaseAsync(old, schoolId, userId);
        }

        await using (var upgraded = TestDatabases.Context(engine, cs))
        {
            await upgraded.Database.MigrateAsync();
            (await upgraded.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
            (await upgraded.Set<OrgUnit>().SingleAsync(u => u.Id == schoolId)).Name.Should().Be("Trường THPT Lê Quý Đôn");
            var kept = await upgraded.Users.Include(u => u.Grants).SingleAsync();
            kept.FullName.Should().Be("Trần Thị Lan");
            kept.Grants.Should().ContainSingle(g => g.Role == Roles.Teacher && g.OrgUnitId == schoolId);
            (await upgraded.AuditEntries.CountAsync()).Should().Be(0, "the upgrade added the audit tables, empty");
        }

        // Columns derived in code (the folded name) are filled in when the upgraded app starts.
        await using var app = await TestApp.StartAsync(engine, database: cs);
        (await app.WithDbAsync(db => db.Set<OrgUnit>().SingleAsync(u => u.Id == schoolId))).NameSearch.Should().Be("truong thpt le quy don");
    }

    /// <summary>Rows written with the first release's schema, in its own SQL (today's model has more columns).</summary>
    private static async Task InsertAsFirstReleaseAsync(AppDbContext db, Guid schoolId, Guid userId)
    {
        var now = DateTime.UtcNow;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO org_units (id, kind, code, name, parent_id, province_id, created_at)
            VALUES ({schoolId}, 'School', '79000001', 'Trường THPT Lê Quý Đôn', NULL, NULL, {now})
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO access_users (id, full_name, created_at, user_name, normalized_user_name, email_confirmed, security_stamp,
                phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
            VALUES ({userId}, 'Trần Thị Lan', {now}, 'gv.lan', 'GV.LAN', {false}, 'stamp', {false}, {false}, {true}, 0)
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO access_role_grants (id, user_id, role, org_unit_id, granted_at)
            VALUES ({Guid.NewGuid()}, {userId}, 'teacher', {schoolId}, {now})
            """);
    }

    [Fact]
    public async Task An_existing_SQLite_file_is_backed_up_before_migrating()
    {
        var dataDir = Path.Combine(TestDatabases.RunDirectory, $"backup_{Guid.NewGuid():N}");
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["TRUONGSO_DATA_DIR"] = dataDir }).Build();
        var data = new DataDirectory(config);
        var options = new DatabaseOptions();
        var cs = DatabaseRegistration.SqliteConnectionString(options, data);
        await using (var old = TestDatabases.Context(Engine.Sqlite, cs))
        {
            await old.GetService<IMigrator>().MigrateAsync(FirstMigration);
            await InsertAsFirstReleaseAsync(old, Guid.NewGuid(), Guid.NewGuid());
        }

        await using (var db = TestDatabases.Context(Engine.Sqlite, cs))
        {
            await new DatabaseMigrator(db, options, data, TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
        }

        var backup = Directory.GetFiles(data.File("backups")).Should().ContainSingle().Subject;
        backup.Should().EndWith("-before-20261121000002_AuditLog.db", "the file is copied once, before the first pending migration");
        await using var copy = new SqliteConnection($"Data Source={backup};Mode=ReadOnly;Pooling=False");
        await copy.OpenAsync();
        await using var cmd = copy.CreateCommand();
        cmd.CommandText = "SELECT name FROM org_units";
        (await cmd.ExecuteScalarAsync()).Should().Be("Trường THPT Lê Quý Đôn");
    }

    [Fact]
    public async Task The_app_opens_SQLite_in_WAL_with_foreign_keys_and_a_busy_timeout()
    {
        await using var app = await TestApp.StartAsync(Engine.Sqlite);

        var pragmas = await app.WithDbAsync(async db =>
        {
            var c = db.Database.GetDbConnection();
            await c.OpenAsync();
            var values = new List<string>();
            foreach (var pragma in new[] { "journal_mode", "foreign_keys", "busy_timeout" })
            {
                await using var cmd = c.CreateCommand();
                cmd.CommandText = $"PRAGMA {pragma}";
                values.Add(Convert.ToString(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!);
            }
            return values;
        });

        pragmas.Should().Equal("wal", "1", "5000");
    }
}
