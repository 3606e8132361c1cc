using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TruongSo.Web.Platform.Data.Migrations;

/// <summary>Consent to the processing of a child's data and the log of staff views of it (People/Privacy, Nghị định 13/2023). Drafted by tools/TruongSo.MigrationDraft, then reviewed.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000015_Privacy")]
public sealed class PrivacySchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "people_consents",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                student_id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                purpose = table.Column<string>(maxLength: 30, nullable: false),
                given = table.Column<bool>(nullable: false),
                party = table.Column<string>(maxLength: 10, nullable: false),
                guardian_id = table.Column<Guid>(nullable: true),
                given_by = table.Column<string>(maxLength: 120, nullable: false),
                method = table.Column<string>(maxLength: 10, nullable: false),
                recorded_by_user_id = table.Column<Guid>(nullable: false),
                recorded_by_name = table.Column<string>(maxLength: 200, nullable: false),
                recorded_at = table.Column<DateTime>(nullable: false),
                note = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_people_consents", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "people_data_views",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                student_id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                viewer_user_id = table.Column<Guid>(nullable: false),
                viewer_name = table.Column<string>(maxLength: 200, nullable: false),
                what = table.Column<string>(maxLength: 20, nullable: false),
                path = table.Column<string>(maxLength: 300, nullable: false),
                viewed_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_people_data_views", x => x.id);
            });

        migrationBuilder.CreateIndex(name: "ix_people_consents_school_id_recorded_at", table: "people_consents", columns: new[] { "school_id", "recorded_at" });
        migrationBuilder.CreateIndex(name: "ix_people_consents_student_id_recorded_at", table: "people_consents", columns: new[] { "student_id", "recorded_at" });
        migrationBuilder.CreateIndex(name: "ix_people_data_views_school_id_viewed_at", table: "people_data_views", columns: new[] { "school_id", "viewed_at" });
        migrationBuilder.CreateIndex(name: "ix_people_data_views_student_id_viewed_at", table: "people_data_views", columns: new[] { "student_id", "viewed_at" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "ix_people_data_views_student_id_viewed_at", table: "people_data_views");
        migrationBuilder.DropIndex(name: "ix_people_data_views_school_id_viewed_at", table: "people_data_views");
        migrationBuilder.DropIndex(name: "ix_people_consents_student_id_recorded_at", table: "people_consents");
        migrationBuilder.DropIndex(name: "ix_people_consents_school_id_recorded_at", table: "people_consents");
        migrationBuilder.DropTable(name: "people_data_views");
        migrationBuilder.DropTable(name: "people_consents");
    }
}
