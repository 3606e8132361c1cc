using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TruongSo.Web.Platform.Data.Migrations;

/// <summary>Drafted by tools/TruongSo.MigrationDraft, then reviewed.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000004_Gradebook")]
public sealed class GradebookSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "gradebook_exemptions",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                school_year_id = table.Column<Guid>(nullable: false),
                student_id = table.Column<Guid>(nullable: false),
                subject_id = table.Column<Guid>(nullable: false),
                period = table.Column<int>(nullable: false),
                kind = table.Column<string>(maxLength: 20, nullable: false),
                reason = table.Column<string>(maxLength: 500, nullable: false),
                decided_at = table.Column<DateTime>(nullable: false),
                decided_by = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_gradebook_exemptions", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "gradebook_province_settings",
            columns: table => new
            {
                province_id = table.Column<Guid>(nullable: false),
                settings = table.Column<string>(maxLength: 4000, nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
                updated_by = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_gradebook_province_settings", x => x.province_id);
            });

        migrationBuilder.CreateTable(
            name: "gradebook_sheets",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                school_year_id = table.Column<Guid>(nullable: false),
                class_id = table.Column<Guid>(nullable: false),
                subject_id = table.Column<Guid>(nullable: true),
                period = table.Column<int>(nullable: false),
                completed_at = table.Column<DateTime>(nullable: true),
                completed_by = table.Column<Guid>(nullable: true),
                reopened_by = table.Column<Guid>(nullable: true),
                version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_gradebook_sheets", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "gradebook_student_results",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                school_year_id = table.Column<Guid>(nullable: false),
                class_id = table.Column<Guid>(nullable: false),
                student_id = table.Column<Guid>(nullable: false),
                period = table.Column<int>(nullable: false),
                rule_set = table.Column<string>(maxLength: 12, nullable: false),
                learning = table.Column<string>(maxLength: 24, nullable: true),
                learning_computed = table.Column<string>(maxLength: 24, nullable: true),
                conduct = table.Column<string>(maxLength: 24, nullable: true),
                conduct_comment = table.Column<string>(maxLength: 1000, nullable: true),
                homeroom_comment = table.Column<string>(maxLength: 2000, nullable: true),
                absences = table.Column<int>(nullable: true),
                qualities = table.Column<string>(maxLength: 1000, nullable: true),
                year_end_outcome = table.Column<string>(maxLength: 24, nullable: true),
                summer_conduct_training = table.Column<bool>(nullable: false),
                retest_subjects = table.Column<string>(maxLength: 500, nullable: true),
                summer_conduct = table.Column<string>(maxLength: 24, nullable: true),
                final_outcome = table.Column<string>(maxLength: 24, nullable: true),
                honour = table.Column<string>(maxLength: 24, nullable: true),
                version = table.Column<int>(nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_gradebook_student_results", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "gradebook_subject_results",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                school_year_id = table.Column<Guid>(nullable: false),
                class_id = table.Column<Guid>(nullable: false),
                subject_id = table.Column<Guid>(nullable: false),
                student_id = table.Column<Guid>(nullable: false),
                period = table.Column<int>(nullable: false),
                complete = table.Column<bool>(nullable: false),
                average_tenths = table.Column<int>(nullable: true),
                level = table.Column<string>(maxLength: 3, nullable: true),
                exempt = table.Column<bool>(nullable: false),
                comment = table.Column<string>(maxLength: 1000, nullable: true),
                retest_tenths = table.Column<int>(nullable: true),
                retest_level = table.Column<string>(maxLength: 3, nullable: true),
                computed_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_gradebook_subject_results", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "gradebook_term_locks",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                school_year_id = table.Column<Guid>(nullable: false),
                period = table.Column<int>(nullable: false),
                locked_at = table.Column<DateTime>(nullable: false),
                locked_by = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_gradebook_term_locks", x => x.id);
            });

        migrationBuilder.AddColumn<Guid>(name: "user_id", table: "people_guardians", nullable: true);
        migrationBuilder.CreateTable(
            name: "gradebook_unlock_requests",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                sheet_id = table.Column<Guid>(nullable: false),
                reason = table.Column<string>(maxLength: 1000, nullable: false),
                requested_by = table.Column<Guid>(nullable: false),
                requested_by_name = table.Column<string>(maxLength: 200, nullable: false),
                requested_at = table.Column<DateTime>(nullable: false),
                status = table.Column<string>(maxLength: 20, nullable: false),
                decided_by = table.Column<Guid>(nullable: true),
                decided_at = table.Column<DateTime>(nullable: true),
                decision_note = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_gradebook_unlock_requests", x => x.id);
                table.ForeignKey(name: "fk_gradebook_unlock_requests_gradebook_sheets_sheet_id", column: x => x.sheet_id, principalTable: "gradebook_sheets", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.AddColumn<Guid>(name: "user_id", table: "people_students", nullable: true);
        migrationBuilder.CreateTable(
            name: "gradebook_marks",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                school_year_id = table.Column<Guid>(nullable: false),
                class_id = table.Column<Guid>(nullable: false),
                subject_id = table.Column<Guid>(nullable: false),
                student_id = table.Column<Guid>(nullable: false),
                term = table.Column<int>(nullable: false),
                column = table.Column<int>(nullable: false),
                tenths = table.Column<int>(nullable: true),
                level = table.Column<string>(maxLength: 3, nullable: true),
                note = table.Column<string>(maxLength: 24, nullable: false),
                version = table.Column<int>(nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
                updated_by = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_gradebook_marks", x => x.id);
                table.ForeignKey(name: "fk_gradebook_marks_org_classes_class_id", column: x => x.class_id, principalTable: "org_classes", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "fk_gradebook_marks_org_subjects_subject_id", column: x => x.subject_id, principalTable: "org_subjects", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "fk_gradebook_marks_people_students_student_id", column: x => x.student_id, principalTable: "people_students", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "ix_gradebook_exemptions_school_id_school_year_id", table: "gradebook_exemptions", columns: new[] { "school_id", "school_year_id" });
        migrationBuilder.CreateIndex(name: "ix_gradebook_exemptions_student_id_subject_id_school_year_id_period", table: "gradebook_exemptions", columns: new[] { "student_id", "subject_id", "school_year_id", "period" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_gradebook_marks_class_id_subject_id_term", table: "gradebook_marks", columns: new[] { "class_id", "subject_id", "term" });
        migrationBuilder.CreateIndex(name: "ix_gradebook_marks_school_id_school_year_id", table: "gradebook_marks", columns: new[] { "school_id", "school_year_id" });
        migrationBuilder.CreateIndex(name: "ix_gradebook_marks_student_id_subject_id_school_year_id_term_column", table: "gradebook_marks", columns: new[] { "student_id", "subject_id", "school_year_id", "term", "column" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_gradebook_marks_subject_id", table: "gradebook_marks", column: "subject_id");
        migrationBuilder.CreateIndex(name: "ix_gradebook_sheets_class_id_subject_id_period", table: "gradebook_sheets", columns: new[] { "class_id", "subject_id", "period" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_gradebook_sheets_school_id_school_year_id", table: "gradebook_sheets", columns: new[] { "school_id", "school_year_id" });
        migrationBuilder.CreateIndex(name: "ix_gradebook_student_results_class_id_period", table: "gradebook_student_results", columns: new[] { "class_id", "period" });
        migrationBuilder.CreateIndex(name: "ix_gradebook_student_results_school_id_school_year_id", table: "gradebook_student_results", columns: new[] { "school_id", "school_year_id" });
        migrationBuilder.CreateIndex(name: "ix_gradebook_student_results_student_id_school_year_id_period", table: "gradebook_student_results", columns: new[] { "student_id", "school_year_id", "period" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_gradebook_subject_results_class_id_period", table: "gradebook_subject_results", columns: new[] { "class_id", "period" });
        migrationBuilder.CreateIndex(name: "ix_gradebook_subject_results_school_id_school_year_id", table: "gradebook_subject_results", columns: new[] { "school_id", "school_year_id" });
        migrationBuilder.CreateIndex(name: "ix_gradebook_subject_results_student_id_subject_id_school_year_id_period", table: "gradebook_subject_results", columns: new[] { "student_id", "subject_id", "school_year_id", "period" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_gradebook_term_locks_school_year_id_period", table: "gradebook_term_locks", columns: new[] { "school_year_id", "period" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_gradebook_unlock_requests_school_id_status", table: "gradebook_unlock_requests", columns: new[] { "school_id", "status" });
        migrationBuilder.CreateIndex(name: "ix_gradebook_unlock_requests_sheet_id", table: "gradebook_unlock_requests", column: "sheet_id");
        migrationBuilder.CreateIndex(name: "ix_people_guardians_user_id", table: "people_guardians", column: "user_id", unique: true);
        migrationBuilder.CreateIndex(name: "ix_people_students_user_id", table: "people_students", column: "user_id", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "ix_people_students_user_id", table: "people_students");
        migrationBuilder.DropIndex(name: "ix_people_guardians_user_id", table: "people_guardians");
        migrationBuilder.DropIndex(name: "ix_gradebook_unlock_requests_sheet_id", table: "gradebook_unlock_requests");
        migrationBuilder.DropIndex(name: "ix_gradebook_unlock_requests_school_id_status", table: "gradebook_unlock_requests");
        migrationBuilder.DropIndex(name: "ix_gradebook_term_locks_school_year_id_period", table: "gradebook_term_locks");
        migrationBuilder.DropIndex(name: "ix_gradebook_subject_results_student_id_subject_id_school_year_id_period", table: "gradebook_subject_results");
        migrationBuilder.DropIndex(name: "ix_gradebook_subject_results_school_id_school_year_id", table: "gradebook_subject_results");
        migrationBuilder.DropIndex(name: "ix_gradebook_subject_results_class_id_period", table: "gradebook_subject_results");
        migrationBuilder.DropIndex(name: "ix_gradebook_student_results_student_id_school_year_id_period", table: "gradebook_student_results");
        migrationBuilder.DropIndex(name: "ix_gradebook_student_results_school_id_school_year_id", table: "gradebook_student_results");
        migrationBuilder.DropIndex(name: "ix_gradebook_student_results_class_id_period", table: "gradebook_student_results");
        migrationBuilder.DropIndex(name: "ix_gradebook_sheets_school_id_school_year_id", table: "gradebook_sheets");
        migrationBuilder.DropIndex(name: "ix_gradebook_sheets_class_id_subject_id_period", table: "gradebook_sheets");
        migrationBuilder.DropIndex(name: "ix_gradebook_marks_subject_id", table: "gradebook_marks");
        migrationBuilder.DropIndex(name: "ix_gradebook_marks_student_id_subject_id_school_year_id_term_column", table: "gradebook_marks");
        migrationBuilder.DropIndex(name: "ix_gradebook_marks_school_id_school_year_id", table: "gradebook_marks");
        migrationBuilder.DropIndex(name: "ix_gradebook_marks_class_id_subject_id_term", table: "gradebook_marks");
        migrationBuilder.DropIndex(name: "ix_gradebook_exemptions_student_id_subject_id_school_year_id_period", table: "gradebook_exemptions");
        migrationBuilder.DropIndex(name: "ix_gradebook_exemptions_school_id_school_year_id", table: "gradebook_exemptions");
        migrationBuilder.DropTable(name: "gradebook_marks");
        migrationBuilder.DropColumn(name: "user_id", table: "people_students");
        migrationBuilder.DropTable(name: "gradebook_unlock_requests");
        migrationBuilder.DropColumn(name: "user_id", table: "people_guardians");
        migrationBuilder.DropTable(name: "gradebook_term_locks");
        migrationBuilder.DropTable(name: "gradebook_subject_results");
        migrationBuilder.DropTable(name: "gradebook_student_results");
        migrationBuilder.DropTable(name: "gradebook_sheets");
        migrationBuilder.DropTable(name: "gradebook_province_settings");
        migrationBuilder.DropTable(name: "gradebook_exemptions");
    }
}
