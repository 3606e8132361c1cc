using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TruongSo.Web.Platform.Data.Migrations;

/// <summary>Parents' activation codes (ContactBook/FamilyAccounts). Drafted by tools/TruongSo.MigrationDraft, then reviewed.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000011_FamilyAccounts")]
public sealed class FamilyAccountsSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "contactbook_activation_codes",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                user_id = table.Column<Guid>(nullable: false),
                guardian_id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                code_hash = table.Column<string>(maxLength: 120, nullable: false),
                issued_at = table.Column<DateTime>(nullable: false),
                issued_by = table.Column<Guid>(nullable: true),
                expires_at = table.Column<DateTime>(nullable: false),
                used_at = table.Column<DateTime>(nullable: true),
                revoked_at = table.Column<DateTime>(nullable: true),
                failed_attempts = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_contactbook_activation_codes", x => x.id);
            });

        migrationBuilder.CreateIndex(name: "ix_contactbook_activation_codes_guardian_id", table: "contactbook_activation_codes", column: "guardian_id");
        migrationBuilder.CreateIndex(name: "ix_contactbook_activation_codes_user_id", table: "contactbook_activation_codes", column: "user_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "ix_contactbook_activation_codes_user_id", table: "contactbook_activation_codes");
        migrationBuilder.DropIndex(name: "ix_contactbook_activation_codes_guardian_id", table: "contactbook_activation_codes");
        migrationBuilder.DropTable(name: "contactbook_activation_codes");
    }
}
