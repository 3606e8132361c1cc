using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TruongSo.Web.Platform.Data.Migrations;

/// <summary>Drafted by tools/TruongSo.MigrationDraft, then reviewed.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000001_Platform")]
public sealed class InitialPlatform : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "access_users",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                full_name = table.Column<string>(maxLength: 200, nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                user_name = table.Column<string>(maxLength: 256, nullable: true),
                normalized_user_name = table.Column<string>(maxLength: 256, nullable: true),
                email = table.Column<string>(maxLength: 256, nullable: true),
                normalized_email = table.Column<string>(maxLength: 256, nullable: true),
                email_confirmed = table.Column<bool>(nullable: false),
                password_hash = table.Column<string>(nullable: true),
                security_stamp = table.Column<string>(nullable: true),
                concurrency_stamp = table.Column<string>(nullable: true),
                phone_number = table.Column<string>(nullable: true),
                phone_number_confirmed = table.Column<bool>(nullable: false),
                two_factor_enabled = table.Column<bool>(nullable: false),
                lockout_end = table.Column<DateTimeOffset>(nullable: true),
                lockout_enabled = table.Column<bool>(nullable: false),
                access_failed_count = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_access_users", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "org_units",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                kind = table.Column<string>(maxLength: 20, nullable: false),
                code = table.Column<string>(maxLength: 20, nullable: false),
                name = table.Column<string>(maxLength: 200, nullable: false),
                parent_id = table.Column<Guid>(nullable: true),
                province_id = table.Column<Guid>(nullable: true),
                created_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_org_units", x => x.id);
                table.ForeignKey(name: "fk_org_units_org_units_parent_id", column: x => x.parent_id, principalTable: "org_units", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "platform_data_protection_keys",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                friendly_name = table.Column<string>(maxLength: 200, nullable: false),
                xml = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_platform_data_protection_keys", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "access_user_claims",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                user_id = table.Column<Guid>(nullable: false),
                claim_type = table.Column<string>(nullable: true),
                claim_value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_access_user_claims", x => x.id);
                table.ForeignKey(name: "fk_access_user_claims_access_users_user_id", column: x => x.user_id, principalTable: "access_users", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "access_user_logins",
            columns: table => new
            {
                login_provider = table.Column<string>(nullable: false),
                provider_key = table.Column<string>(nullable: false),
                provider_display_name = table.Column<string>(nullable: true),
                user_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_access_user_logins", x => new { x.login_provider, x.provider_key });
                table.ForeignKey(name: "fk_access_user_logins_access_users_user_id", column: x => x.user_id, principalTable: "access_users", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "access_user_tokens",
            columns: table => new
            {
                user_id = table.Column<Guid>(nullable: false),
                login_provider = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_access_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                table.ForeignKey(name: "fk_access_user_tokens_access_users_user_id", column: x => x.user_id, principalTable: "access_users", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "access_role_grants",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                user_id = table.Column<Guid>(nullable: false),
                role = table.Column<string>(maxLength: 40, nullable: false),
                org_unit_id = table.Column<Guid>(nullable: false),
                granted_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_access_role_grants", x => x.id);
                table.ForeignKey(name: "fk_access_role_grants_access_users_user_id", column: x => x.user_id, principalTable: "access_users", principalColumn: "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(name: "fk_access_role_grants_org_units_org_unit_id", column: x => x.org_unit_id, principalTable: "org_units", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "ix_access_role_grants_org_unit_id", table: "access_role_grants", column: "org_unit_id");
        migrationBuilder.CreateIndex(name: "ix_access_role_grants_user_id_role_org_unit_id", table: "access_role_grants", columns: new[] { "user_id", "role", "org_unit_id" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_access_user_claims_user_id", table: "access_user_claims", column: "user_id");
        migrationBuilder.CreateIndex(name: "ix_access_user_logins_user_id", table: "access_user_logins", column: "user_id");
        migrationBuilder.CreateIndex(name: "ix_access_users_normalized_email", table: "access_users", column: "normalized_email");
        migrationBuilder.CreateIndex(name: "ix_access_users_normalized_user_name", table: "access_users", column: "normalized_user_name", unique: true);
        migrationBuilder.CreateIndex(name: "ix_org_units_kind_code", table: "org_units", columns: new[] { "kind", "code" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_org_units_parent_id", table: "org_units", column: "parent_id");
        migrationBuilder.CreateIndex(name: "ix_org_units_province_id", table: "org_units", column: "province_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "ix_org_units_province_id", table: "org_units");
        migrationBuilder.DropIndex(name: "ix_org_units_parent_id", table: "org_units");
        migrationBuilder.DropIndex(name: "ix_org_units_kind_code", table: "org_units");
        migrationBuilder.DropIndex(name: "ix_access_users_normalized_user_name", table: "access_users");
        migrationBuilder.DropIndex(name: "ix_access_users_normalized_email", table: "access_users");
        migrationBuilder.DropIndex(name: "ix_access_user_logins_user_id", table: "access_user_logins");
        migrationBuilder.DropIndex(name: "ix_access_user_claims_user_id", table: "access_user_claims");
        migrationBuilder.DropIndex(name: "ix_access_role_grants_user_id_role_org_unit_id", table: "access_role_grants");
        migrationBuilder.DropIndex(name: "ix_access_role_grants_org_unit_id", table: "access_role_grants");
        migrationBuilder.DropTable(name: "access_role_grants");
        migrationBuilder.DropTable(name: "access_user_tokens");
        migrationBuilder.DropTable(name: "access_user_logins");
        migrationBuilder.DropTable(name: "access_user_claims");
        migrationBuilder.DropTable(name: "platform_data_protection_keys");
        migrationBuilder.DropTable(name: "org_units");
        migrationBuilder.DropTable(name: "access_users");
    }
}
