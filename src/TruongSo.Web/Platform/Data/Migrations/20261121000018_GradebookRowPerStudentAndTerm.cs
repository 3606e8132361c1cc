using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TruongSo.Web.Platform.Data.Migrations;

/// <summary>
/// The sổ điểm keeps a row per student, subject, year and term with its cells as JSON (ADR 0018), not a row per
/// cell: every mark is copied into its row in the form <see cref="Modules.Gradebook.Data.MarkCells"/> reads (values,
/// notes, versions, who and when kept; the row's version and time are its newest cell's, its class that of the cell
/// written last), then gradebook_marks goes. No way back: Down() throws.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000018_GradebookRowPerStudentAndTerm")]
public sealed class GradebookRowPerStudentAndTerm : Migration
{
    private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";
    private const string ColumnName = """CASE m."column" WHEN 1 THEN 'Tx1' WHEN 2 THEN 'Tx2' WHEN 3 THEN 'Tx3' WHEN 4 THEN 'Tx4' WHEN 5 THEN 'Gk' ELSE 'Ck' END""";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "gradebook_mark_rows",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                school_year_id = table.Column<Guid>(nullable: false),
                class_id = table.Column<Guid>(nullable: false),
                subject_id = table.Column<Guid>(nullable: false),
                student_id = table.Column<Guid>(nullable: false),
                term = table.Column<int>(nullable: false),
                version = table.Column<int>(nullable: false),
                cells = table.Column<string>(nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_gradebook_mark_rows", x => x.id);
                table.ForeignKey(name: "fk_gradebook_mark_rows_org_classes_class_id", column: x => x.class_id, principalTable: "org_classes", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "fk_gradebook_mark_rows_org_subjects_subject_id", column: x => x.subject_id, principalTable: "org_subjects", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "fk_gradebook_mark_rows_people_students_student_id", column: x => x.student_id, principalTable: "people_students", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        if (migrationBuilder.ActiveProvider != Sqlite)
        {
            // Room on each page for a row's next version, as the marks had (20261121000017): a save's updates stay HOT.
            migrationBuilder.Sql("ALTER TABLE gradebook_mark_rows SET (fillfactor = 50);");
        }
        migrationBuilder.Sql(migrationBuilder.ActiveProvider == Sqlite ? SqliteCopy : PostgresCopy);
        migrationBuilder.DropTable(name: "gradebook_marks");

        migrationBuilder.CreateIndex(name: "ix_gradebook_mark_rows_class_id_subject_id_term", table: "gradebook_mark_rows", columns: new[] { "class_id", "subject_id", "term" });
        migrationBuilder.CreateIndex(name: "ix_gradebook_mark_rows_school_id_school_year_id", table: "gradebook_mark_rows", columns: new[] { "school_id", "school_year_id" });
        migrationBuilder.CreateIndex(name: "ix_gradebook_mark_rows_student_id_subject_id_school_year_id_term", table: "gradebook_mark_rows", columns: new[] { "student_id", "subject_id", "school_year_id", "term" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_gradebook_mark_rows_subject_id", table: "gradebook_mark_rows", column: "subject_id");
    }

    // SQLite keeps a DateTime as "yyyy-MM-dd HH:mm:ss.FFFFFFF" and a Guid as upper-case text; json_patch drops the null members.
    private const string SqliteCopy = $"""
        INSERT INTO gradebook_mark_rows (id, school_id, school_year_id, class_id, subject_id, student_id, term, version, cells, updated_at)
        SELECT min(m.id), min(m.school_id), m.school_year_id,
            (SELECT l.class_id FROM gradebook_marks AS l
             WHERE l.student_id = m.student_id AND l.subject_id = m.subject_id AND l.school_year_id = m.school_year_id AND l.term = m.term
             ORDER BY l.updated_at DESC, l."column" DESC LIMIT 1),
            m.subject_id, m.student_id, m.term, max(m.version),
            json_group_object({ColumnName}, json_patch(
                json_object('v', m.version, 'at', replace(m.updated_at, ' ', 'T') || 'Z'),
                json_object('t', m.tenths, 'l', m.level, 'n', nullif(m.note, 'None'), 'by', lower(m.updated_by)))),
            max(m.updated_at)
        FROM gradebook_marks AS m
        GROUP BY m.student_id, m.subject_id, m.school_year_id, m.term;
        """;

    private const string PostgresCopy = $"""
        INSERT INTO gradebook_mark_rows (id, school_id, school_year_id, class_id, subject_id, student_id, term, version, cells, updated_at)
        SELECT (array_agg(m.id ORDER BY m."column"))[1], (array_agg(m.school_id))[1], m.school_year_id,
            (array_agg(m.class_id ORDER BY m.updated_at DESC, m."column" DESC))[1], m.subject_id, m.student_id, m.term, max(m.version),
            json_object_agg({ColumnName}, json_strip_nulls(json_build_object(
                't', m.tenths, 'l', m.level, 'n', nullif(m.note, 'None'), 'v', m.version,
                'at', to_char(m.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), 'by', m.updated_by)) ORDER BY m."column")::text,
            max(m.updated_at)
        FROM gradebook_marks AS m
        GROUP BY m.student_id, m.subject_id, m.school_year_id, m.term;
        """;

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("The marks' rows are not split back into a row per cell: restore the backup taken before migrating.");
}
