using Microsoft.EntityFrameworkCore;
using Npgsql;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.Organization.ManageOrgUnits;
using TruongSo.Web.Platform.Cli;
using TruongSo.Web.Platform.Data;

namespace ImportBench;

/// <summary>A fresh, migrated database of one engine, opened through the app's own CLI host, with one THCS school.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? admin;
    private readonly string name;

    private BenchDatabase(CliHost host, string engine, string name, string? admin) => (Host, Engine, this.name, this.admin) = (host, engine, name, admin);

    public CliHost Host { get; }
    public string Engine { get; }
    public string ConnectionString => Host.Get<AppDbContext>().Database.GetConnectionString()!;

    public static async Task<BenchDatabase> CreateAsync(string engine, string work, string? postgres)
    {
        var name = $"bench_{Guid.NewGuid():N}"[..20];
        string connection;
        if (engine == "Sqlite")
        {
            connection = $"Data Source={Path.Combine(work, name + ".db")};Pooling=True;Foreign Keys=True";
        }
        else
        {
            await using (var admin = new NpgsqlConnection(postgres))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                await create.ExecuteNonQueryAsync();
            }
            connection = new NpgsqlConnectionStringBuilder(postgres) { Database = name }.ConnectionString;
        }
        var host = await CliHost.StartAsync(
            [$"--Database:Provider={engine}", $"--Database:ConnectionString={connection}", $"--TRUONGSO_DATA_DIR={work}", "--TRUONGSO_ADMIN_PASSWORD=Bench@2026", "--Demo:Enabled=false", "--Logging:LogLevel:Default=Warning"],
            migrate: true, CancellationToken.None);
        return new BenchDatabase(host, engine, name, engine == "Sqlite" ? null : postgres);
    }

    /// <summary>Bộ → Sở Hà Nội → a school with an active year and classes 6A1..9A12 (48 classes).</summary>
    public async Task<Guid> SchoolAsync(string code)
    {
        var create = Host.Get<CreateOrgUnit>();
        var db = Host.Get<AppDbContext>();
        var ministry = await db.Set<OrgUnit>().Where(u => u.Kind == OrgUnitKind.Ministry).Select(u => (Guid?)u.Id).FirstOrDefaultAsync()
            ?? (await create.HandleAsync(new CreateOrgUnitRequest(OrgUnitKind.Ministry, "BGDDT", "Bộ Giáo dục và Đào tạo", null))).Unit!.Id;
        var province = await db.Set<OrgUnit>().Where(u => u.Kind == OrgUnitKind.Province).Select(u => (Guid?)u.Id).FirstOrDefaultAsync()
            ?? (await create.HandleAsync(new CreateOrgUnitRequest(OrgUnitKind.Province, "01", "Thành phố Hà Nội", ministry))).Unit!.Id;
        var (school, errors) = await create.HandleAsync(new CreateOrgUnitRequest(OrgUnitKind.School, code, "Trường THCS Thử Tải " + code, province));
        if (school is null)
        {
            throw new InvalidOperationException(string.Join(" ", errors.SelectMany(e => e.Value)));
        }
        var year = new SchoolYear
        {
            SchoolId = school.Id, StartYear = 2026, Name = "2026-2027", Status = SchoolYearStatus.Active,
            Term1Start = new(2026, 9, 5), Term1End = new(2027, 1, 15), Term2Start = new(2027, 1, 18), Term2End = new(2027, 5, 28),
        };
        db.Add(year);
        db.AddRange(from grade in Enumerable.Range(6, 4)
                    from n in Enumerable.Range(1, 12)
                    select new SchoolClass { SchoolId = school.Id, SchoolYearId = year.Id, Grade = grade, Name = $"{grade}A{n}" });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return school.Id;
    }

    /// <summary>Stops the host; a PostgreSQL database is dropped (the server may be one the caller keeps).</summary>
    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (admin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
