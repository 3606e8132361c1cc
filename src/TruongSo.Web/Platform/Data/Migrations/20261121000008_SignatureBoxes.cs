using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TruongSo.Web.Platform.Data.Migrations;

/// <summary>Where each rendered transcript drew its signature boxes (Records/Issuing).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000008_SignatureBoxes")]
public sealed class SignatureBoxesSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "records_signature_boxes",
            columns: table => new
            {
                document_id = table.Column<Guid>(nullable: false),
                boxes = table.Column<string>(maxLength: 1000, nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_records_signature_boxes", x => x.document_id));
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "records_signature_boxes");
}
