using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TruongSo.Web.Platform.Data.Migrations;

/// <summary>Drafted by tools/TruongSo.MigrationDraft, then reviewed.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000006_RecordsArchive")]
public sealed class RecordsArchiveSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "records_documents",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                kind = table.Column<string>(maxLength: 24, nullable: false),
                student_id = table.Column<Guid>(nullable: false),
                student_code = table.Column<string>(maxLength: 40, nullable: false),
                student_name = table.Column<string>(maxLength: 200, nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                school_code = table.Column<string>(maxLength: 40, nullable: false),
                school_name = table.Column<string>(maxLength: 200, nullable: false),
                school_year_id = table.Column<Guid>(nullable: false),
                school_year_name = table.Column<string>(maxLength: 20, nullable: false),
                holder_school_id = table.Column<Guid>(nullable: false),
                version = table.Column<int>(nullable: false),
                status = table.Column<string>(maxLength: 16, nullable: false),
                pdf_sha256 = table.Column<string>(maxLength: 64, nullable: false),
                xml_sha256 = table.Column<string>(maxLength: 64, nullable: false),
                replaces_id = table.Column<Guid>(nullable: true),
                replaced_by_id = table.Column<Guid>(nullable: true),
                correction_reason = table.Column<string>(maxLength: 1000, nullable: true),
                revocation_reason = table.Column<string>(maxLength: 1000, nullable: true),
                created_at = table.Column<DateTime>(nullable: false),
                created_by = table.Column<Guid>(nullable: true),
                issued_at = table.Column<DateTime>(nullable: true),
                issued_by = table.Column<Guid>(nullable: true),
                revoked_at = table.Column<DateTime>(nullable: true),
                revoked_by = table.Column<Guid>(nullable: true),
                imported_at = table.Column<DateTime>(nullable: true),
                stamp = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_records_documents", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "records_register",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                chain = table.Column<string>(maxLength: 64, nullable: false),
                seq = table.Column<long>(nullable: false),
                at = table.Column<DateTime>(nullable: false),
                @event = table.Column<string>(maxLength: 16, nullable: false),
                document_id = table.Column<Guid>(nullable: false),
                version = table.Column<int>(nullable: false),
                pdf_sha256 = table.Column<string>(maxLength: 64, nullable: false),
                xml_sha256 = table.Column<string>(maxLength: 64, nullable: false),
                actor_id = table.Column<Guid>(nullable: true),
                actor_name = table.Column<string>(maxLength: 200, nullable: false),
                reason = table.Column<string>(maxLength: 1000, nullable: true),
                prev_hash = table.Column<string>(maxLength: 64, nullable: false),
                hash = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_records_register", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "records_register_heads",
            columns: table => new
            {
                chain = table.Column<string>(maxLength: 64, nullable: false),
                seq = table.Column<long>(nullable: false),
                hash = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_records_register_heads", x => x.chain);
            });

        migrationBuilder.CreateTable(
            name: "records_document_signatures",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                document_id = table.Column<Guid>(nullable: false),
                step = table.Column<int>(nullable: false),
                role = table.Column<string>(maxLength: 16, nullable: false),
                signer_user_id = table.Column<Guid>(nullable: true),
                signer_name = table.Column<string>(maxLength: 200, nullable: false),
                certificate_subject = table.Column<string>(maxLength: 500, nullable: false),
                certificate_thumbprint = table.Column<string>(maxLength: 128, nullable: false),
                signed_at = table.Column<DateTime>(nullable: false),
                pdf_sha256 = table.Column<string>(maxLength: 64, nullable: false),
                xml_sha256 = table.Column<string>(maxLength: 64, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_records_document_signatures", x => x.id);
                table.ForeignKey(name: "fk_records_document_signatures_records_documents_document_id", column: x => x.document_id, principalTable: "records_documents", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "ix_records_document_signatures_document_id_step", table: "records_document_signatures", columns: new[] { "document_id", "step" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_records_document_signatures_pdf_sha256", table: "records_document_signatures", column: "pdf_sha256");
        migrationBuilder.CreateIndex(name: "ix_records_documents_holder_school_id_school_year_id", table: "records_documents", columns: new[] { "holder_school_id", "school_year_id" });
        migrationBuilder.CreateIndex(name: "ix_records_documents_pdf_sha256", table: "records_documents", column: "pdf_sha256");
        migrationBuilder.CreateIndex(name: "ix_records_documents_student_id_school_year_id_kind_version", table: "records_documents", columns: new[] { "student_id", "school_year_id", "kind", "version" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_records_register_chain_seq", table: "records_register", columns: new[] { "chain", "seq" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_records_register_document_id", table: "records_register", column: "document_id");

        // Append-only in the database too (as audit_entries, ADR 0005): whoever edits a line has
        // bypassed the application, and `archive verify` will say so.
        if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            migrationBuilder.Sql("CREATE TRIGGER records_register_no_update BEFORE UPDATE ON records_register BEGIN SELECT RAISE(ABORT, 'records_register is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER records_register_no_delete BEFORE DELETE ON records_register BEGIN SELECT RAISE(ABORT, 'records_register is append-only'); END;");
        }
        else
        {
            migrationBuilder.Sql("CREATE FUNCTION records_register_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'records_register is append-only'; END $$;");
            migrationBuilder.Sql("CREATE TRIGGER records_register_no_change BEFORE UPDATE OR DELETE ON records_register FOR EACH ROW EXECUTE FUNCTION records_register_append_only();");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
        {
            migrationBuilder.Sql("DROP TRIGGER records_register_no_change ON records_register;");
            migrationBuilder.Sql("DROP FUNCTION records_register_append_only();");
        }
        migrationBuilder.DropIndex(name: "ix_records_register_document_id", table: "records_register");
        migrationBuilder.DropIndex(name: "ix_records_register_chain_seq", table: "records_register");
        migrationBuilder.DropIndex(name: "ix_records_documents_student_id_school_year_id_kind_version", table: "records_documents");
        migrationBuilder.DropIndex(name: "ix_records_documents_pdf_sha256", table: "records_documents");
        migrationBuilder.DropIndex(name: "ix_records_documents_holder_school_id_school_year_id", table: "records_documents");
        migrationBuilder.DropIndex(name: "ix_records_document_signatures_pdf_sha256", table: "records_document_signatures");
        migrationBuilder.DropIndex(name: "ix_records_document_signatures_document_id_step", table: "records_document_signatures");
        migrationBuilder.DropTable(name: "records_document_signatures");
        migrationBuilder.DropTable(name: "records_register_heads");
        migrationBuilder.DropTable(name: "records_register");
        migrationBuilder.DropTable(name: "records_documents");
    }
}
