using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TruongSo.Web.Platform.Data.Migrations;

/// <summary>Drafted by tools/TruongSo.MigrationDraft, then reviewed.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000002_AuditLog")]
public sealed class AuditLogTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "audit_chain_heads",
            columns: table => new
            {
                chain = table.Column<string>(maxLength: 64, nullable: false),
                seq = table.Column<long>(nullable: false),
                hash = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_audit_chain_heads", x => x.chain);
            });

        migrationBuilder.CreateTable(
            name: "audit_entries",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                chain = table.Column<string>(maxLength: 64, nullable: false),
                seq = table.Column<long>(nullable: false),
                at = table.Column<DateTime>(nullable: false),
                actor_id = table.Column<Guid>(nullable: true),
                actor_name = table.Column<string>(maxLength: 200, nullable: false),
                action = table.Column<string>(maxLength: 80, nullable: false),
                entity_type = table.Column<string>(maxLength: 80, nullable: false),
                entity_id = table.Column<string>(maxLength: 80, nullable: false),
                school_id = table.Column<Guid>(nullable: true),
                before = table.Column<string>(nullable: true),
                after = table.Column<string>(nullable: true),
                reason = table.Column<string>(nullable: true),
                prev_hash = table.Column<string>(maxLength: 64, nullable: false),
                hash = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_audit_entries", x => x.id);
            });

        migrationBuilder.CreateIndex(name: "ix_audit_entries_chain_seq", table: "audit_entries", columns: new[] { "chain", "seq" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_audit_entries_entity_type_entity_id", table: "audit_entries", columns: new[] { "entity_type", "entity_id" });

        // Append-only in the database too: the application never updates or deletes an entry,
        // so whoever does has bypassed it, and `audit verify` will say so.
        if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;");
        }
        else
        {
            migrationBuilder.Sql("CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_entries is append-only'; END $$;");
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
        {
            migrationBuilder.Sql("DROP TRIGGER audit_entries_no_change ON audit_entries;");
            migrationBuilder.Sql("DROP FUNCTION audit_entries_append_only();");
        }
        migrationBuilder.DropIndex(name: "ix_audit_entries_entity_type_entity_id", table: "audit_entries");
        migrationBuilder.DropIndex(name: "ix_audit_entries_chain_seq", table: "audit_entries");
        migrationBuilder.DropTable(name: "audit_entries");
        migrationBuilder.DropTable(name: "audit_chain_heads");
    }
}
