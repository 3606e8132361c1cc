using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TruongSo.Web.Platform.Data.Migrations;

/// <summary>Drafted by tools/TruongSo.MigrationDraft, then reviewed.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000005_SigningKeys")]
public sealed class SigningKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "records_signing_keys",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                kind = table.Column<string>(maxLength: 20, nullable: false),
                owner_user_id = table.Column<Guid>(nullable: true),
                school_id = table.Column<Guid>(nullable: true),
                subject = table.Column<string>(maxLength: 1000, nullable: false),
                common_name = table.Column<string>(maxLength: 300, nullable: false),
                issuer = table.Column<string>(maxLength: 1000, nullable: false),
                serial_number = table.Column<string>(maxLength: 100, nullable: false),
                thumbprint = table.Column<string>(maxLength: 64, nullable: false),
                not_before = table.Column<DateTime>(nullable: false),
                not_after = table.Column<DateTime>(nullable: false),
                protected_pkcs12 = table.Column<byte[]>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                created_by = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_records_signing_keys", x => x.id);
            });

        migrationBuilder.CreateIndex(name: "ix_records_signing_keys_owner_user_id", table: "records_signing_keys", column: "owner_user_id");
        migrationBuilder.CreateIndex(name: "ix_records_signing_keys_school_id", table: "records_signing_keys", column: "school_id");
        migrationBuilder.CreateIndex(name: "ix_records_signing_keys_thumbprint", table: "records_signing_keys", column: "thumbprint");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "records_signing_keys");
    }
}
