using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using TruongSo.Web.Platform.Data;

// Drafts an additive migration (new tables, columns, indexes) for both engines from EF Core's
// model differ, because the Design package (dotnet ef) is not available; see docs/adr/0002.
// Usage: dotnet run --project tools/TruongSo.MigrationDraft -- <Name> [--skip table1,table2]
// Review the draft: renames, drops and data moves are written by hand.
if (args.Length is not (1 or 3))
{
    Console.Error.WriteLine("Usage: TruongSo.MigrationDraft <MigrationName> [--skip table1,table2]");
    return 1;
}
var name = args[0];
var skip = args.Length == 3 ? args[2].Split(',').ToHashSet() : [];
var dbFile = Path.Combine(Path.GetTempPath(), $"draft-{Guid.NewGuid():N}.db");
try
{
    var sqlite = Context(o => o.UseSqlite($"Data Source={dbFile};Pooling=False"));
    await sqlite.Database.MigrateAsync();
    var existing = await ExistingSchema.ReadAsync(dbFile);
    existing.Indexes.UnionWith(skip.Select(t => "ix_" + t)); // an index named ix_{table}_... of a skipped table
    var sqliteOps = Diff(sqlite);
    var pgOps = Diff(Context(o => o.UseNpgsql("Host=unused")));
    var id = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "_" + name;
    var code = new DraftWriter(existing, pgOps, skip).Write(id, name, sqliteOps);
    var path = Path.Combine(FindRepoRoot(), "src/TruongSo.Web/Platform/Data/Migrations", $"{id}.cs");
    await File.WriteAllTextAsync(path, code);
    Console.WriteLine($"Wrote {path}");
    return 0;
}
finally
{
    SqliteConnection.ClearAllPools();
    File.Delete(dbFile);
}

static AppDbContext Context(Action<DbContextOptionsBuilder> configure)
{
    var options = new DbContextOptionsBuilder<AppDbContext>();
    configure(options);
    return new AppDbContext(options.Options);
}

static IReadOnlyList<MigrationOperation> Diff(AppDbContext db)
{
    var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
    return db.GetService<IMigrationsModelDiffer>().GetDifferences(null, model);
}

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TruongSo.slnx")))
    {
        dir = dir.Parent;
    }
    return dir?.FullName ?? throw new InvalidOperationException("TruongSo.slnx not found above " + AppContext.BaseDirectory);
}

internal sealed record ExistingSchema(HashSet<string> Tables, HashSet<(string Table, string Column)> Columns, HashSet<string> Indexes)
{
    public static async Task<ExistingSchema> ReadAsync(string file)
    {
        var schema = new ExistingSchema([], [], []);
        await using var c = new SqliteConnection($"Data Source={file};Pooling=False");
        await c.OpenAsync();
        foreach (var (type, tname, table) in await Rows(c, "SELECT type, name, tbl_name FROM sqlite_master"))
        {
            if (type == "table")
            {
                schema.Tables.Add(tname);
                foreach (var (_, col, _) in await Rows(c, $"SELECT name, name, name FROM pragma_table_info('{tname}')"))
                {
                    schema.Columns.Add((tname, col));
                }
            }
            else if (type == "index")
            {
                schema.Indexes.Add(tname);
            }
        }
        return schema;
    }

    private static async Task<List<(string, string, string)>> Rows(SqliteConnection c, string sql)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await using var r = await cmd.ExecuteReaderAsync();
        var rows = new List<(string, string, string)>();
        while (await r.ReadAsync())
        {
            rows.Add((r.GetString(0), r.GetString(1), r.GetString(2)));
        }
        return rows;
    }
}

internal sealed class DraftWriter(ExistingSchema existing, IReadOnlyList<MigrationOperation> pgOps, HashSet<string> skip)
{
    private readonly StringBuilder up = new();
    private readonly StringBuilder down = new();

    public string Write(string id, string name, IReadOnlyList<MigrationOperation> ops)
    {
        foreach (var db in pgOps.OfType<AlterDatabaseOperation>())
        {
            foreach (var a in db.GetAnnotations())
            {
                up.AppendLine($"        // Check: an earlier migration may already have this PostgreSQL database annotation.");
                up.AppendLine($"        migrationBuilder.AlterDatabase().Annotation(\"{a.Name}\", {Literal(a.Value!)});");
            }
        }
        foreach (var op in ops)
        {
            switch (op)
            {
                case CreateTableOperation t when !existing.Tables.Contains(t.Name) && !skip.Contains(t.Name):
                    CreateTable(t);
                    break;
                case CreateTableOperation t when skip.Contains(t.Name):
                    break;
                case CreateTableOperation t:
                    foreach (var col in t.Columns.Where(c => !existing.Columns.Contains((t.Name, c.Name))))
                    {
                        up.AppendLine($"        migrationBuilder.AddColumn<{Clr(col.ClrType)}>(name: \"{col.Name}\", table: \"{t.Name}\"{ColumnArgs(col)}){Annotations(t.Name, col)};");
                        down.Insert(0, $"        migrationBuilder.DropColumn(name: \"{col.Name}\", table: \"{t.Name}\");\n");
                    }
                    break;
                case CreateIndexOperation i when !existing.Indexes.Contains(i.Name) && !existing.Indexes.Any(p => i.Name.StartsWith(p + "_", StringComparison.Ordinal) && p.StartsWith("ix_", StringComparison.Ordinal)):
                    var cols = i.Columns.Length == 1 ? $"\"{i.Columns[0]}\"" : "new[] { " + string.Join(", ", i.Columns.Select(c => $"\"{c}\"")) + " }";
                    up.AppendLine($"        migrationBuilder.CreateIndex(name: \"{i.Name}\", table: \"{i.Table}\", column{(i.Columns.Length == 1 ? "" : "s")}: {cols}{(i.IsUnique ? ", unique: true" : "")}){IndexAnnotations(i.Name)};");
                    down.Insert(0, $"        migrationBuilder.DropIndex(name: \"{i.Name}\", table: \"{i.Table}\");\n");
                    break;
                case CreateIndexOperation:
                    break;
                default:
                    up.AppendLine($"        // TODO(draft): {op.GetType().Name} is not drafted; write it by hand.");
                    break;
            }
        }
        var npgsqlUsing = up.ToString().Contains("NpgsqlValueGenerationStrategy", StringComparison.Ordinal) ? "\nusing Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;" : "";
        return $$"""
            using Microsoft.EntityFrameworkCore.Infrastructure;
            using Microsoft.EntityFrameworkCore.Migrations;{{npgsqlUsing}}

            #nullable disable

            namespace TruongSo.Web.Platform.Data.Migrations;

            /// <summary>Drafted by tools/TruongSo.MigrationDraft, then reviewed.</summary>
            [DbContext(typeof(AppDbContext))]
            [Migration("{{id}}")]
            public sealed class {{name}} : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                {
            {{up.ToString().TrimEnd()}}
                }

                protected override void Down(MigrationBuilder migrationBuilder)
                {
            {{down.ToString().TrimEnd()}}
                }
            }

            """;
    }

    private void CreateTable(CreateTableOperation t)
    {
        up.AppendLine($"        migrationBuilder.CreateTable(");
        up.AppendLine($"            name: \"{t.Name}\",");
        up.AppendLine("            columns: table => new");
        up.AppendLine("            {");
        foreach (var col in t.Columns)
        {
            up.AppendLine($"                {col.Name} = table.Column<{Clr(col.ClrType)}>({ColumnArgs(col).TrimStart(',', ' ')}){Annotations(t.Name, col)},");
        }
        up.AppendLine("            },");
        up.AppendLine("            constraints: table =>");
        up.AppendLine("            {");
        if (t.PrimaryKey is { } pk)
        {
            up.AppendLine($"                table.PrimaryKey(\"{pk.Name}\", {Columns(pk.Columns)});");
        }
        foreach (var u in t.UniqueConstraints)
        {
            up.AppendLine($"                table.UniqueConstraint(\"{u.Name}\", {Columns(u.Columns)});");
        }
        foreach (var fk in t.ForeignKeys)
        {
            up.AppendLine($"                table.ForeignKey(name: \"{fk.Name}\", column{(fk.Columns.Length == 1 ? "" : "s")}: {Columns(fk.Columns)}, principalTable: \"{fk.PrincipalTable}\", principalColumn{(fk.PrincipalColumns!.Length == 1 ? $": \"{fk.PrincipalColumns[0]}\"" : "s: new[] { " + string.Join(", ", fk.PrincipalColumns.Select(c => $"\"{c}\"")) + " }")}, onDelete: ReferentialAction.{fk.OnDelete});");
            }
        up.AppendLine("            });");
        up.AppendLine();
        down.Insert(0, $"        migrationBuilder.DropTable(name: \"{t.Name}\");\n");
    }

    private string IndexAnnotations(string index)
    {
        var pg = pgOps.OfType<CreateIndexOperation>().SingleOrDefault(i => i.Name == index);
        return pg is null ? "" : string.Concat(pg.GetAnnotations().Where(a => a.Value is not null)
            .Select(a => $"\n            .Annotation(\"{a.Name}\", {Literal(a.Value!)})"));
    }

    private static string Columns(string[] columns) =>
        columns.Length == 1 ? $"x => x.{columns[0]}" : "x => new { " + string.Join(", ", columns.Select(c => $"x.{c}")) + " }";

    private static string ColumnArgs(AddColumnOperation col)
    {
        var args = new List<string>();
        if (col.MaxLength is { } max)
        {
            args.Add($"maxLength: {max}");
        }
        args.Add($"nullable: {(col.IsNullable ? "true" : "false")}");
        if (col.DefaultValue is { } dv)
        {
            args.Add($"defaultValue: {Literal(dv)}");
        }
        return ", " + string.Join(", ", args);
    }

    private string Annotations(string table, AddColumnOperation col)
    {
        var sb = new StringBuilder();
        var pgCol = pgOps.OfType<CreateTableOperation>().Single(t => t.Name == table).Columns.Single(c => c.Name == col.Name);
        foreach (var a in col.GetAnnotations().Concat(pgCol.GetAnnotations()).Where(a => a.Value is not null))
        {
            sb.Append($"\n                    .Annotation(\"{a.Name}\", {Literal(a.Value!)})");
        }
        return sb.ToString();
    }

    private static string Literal(object value) => value switch
    {
        bool b => b ? "true" : "false",
        string s => $"\"{s}\"",
        string[] a => "new[] { " + string.Join(", ", a.Select(x => $"\"{x}\"")) + " }",
        Enum e => $"{e.GetType().Name}.{e}",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"Literal of {value.GetType()}"),
    };

    private static string Clr(Type t) => Nullable.GetUnderlyingType(t) is { } u ? Clr(u) + "?" : t switch
    {
        _ when t == typeof(string) => "string",
        _ when t == typeof(int) => "int",
        _ when t == typeof(long) => "long",
        _ when t == typeof(bool) => "bool",
        _ when t == typeof(decimal) => "decimal",
        _ when t == typeof(byte[]) => "byte[]",
        _ => t.Name,
    };
}
