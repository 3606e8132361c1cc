using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TruongSo.Web.Platform.Data.Migrations;

/// <summary>
/// PostgreSQL: room on each page of the marks and subject results for a new version of its rows, so that a
/// save's updates stay on the page and leave the indexes alone (HOT). With full pages, 50 teachers saving at
/// once made nine updates in ten rewrite all five of the marks' indexes. Pages written from now on.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000017_GradebookRoomForUpdates")]
public sealed class GradebookRoomForUpdates : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
        {
            migrationBuilder.Sql("ALTER TABLE gradebook_marks SET (fillfactor = 50); ALTER TABLE gradebook_subject_results SET (fillfactor = 50);");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
        {
            migrationBuilder.Sql("ALTER TABLE gradebook_marks RESET (fillfactor); ALTER TABLE gradebook_subject_results RESET (fillfactor);");
        }
    }
}
