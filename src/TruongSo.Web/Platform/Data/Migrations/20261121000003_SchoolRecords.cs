using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TruongSo.Web.Platform.Data.Migrations;

/// <summary>Drafted by tools/TruongSo.MigrationDraft, then reviewed.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000003_SchoolRecords")]
public sealed class SchoolRecordsTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AlterDatabase().Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

        // Existing units get their folded name from OrganizationStartup (folding needs code, not SQL).
        migrationBuilder.AddColumn<string>(name: "name_search", table: "org_units", maxLength: 200, nullable: false, defaultValue: "");
        migrationBuilder.CreateTable(
            name: "people_guardians",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                full_name = table.Column<string>(maxLength: 120, nullable: false),
                name_search = table.Column<string>(maxLength: 120, nullable: false),
                phone = table.Column<string>(maxLength: 15, nullable: false),
                email = table.Column<string>(maxLength: 200, nullable: true),
                personal_id = table.Column<string>(maxLength: 12, nullable: true),
                address = table.Column<string>(maxLength: 300, nullable: true),
                occupation = table.Column<string>(maxLength: 120, nullable: true),
                created_at = table.Column<DateTime>(nullable: false),
                version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_people_guardians", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "org_school_years",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                name = table.Column<string>(maxLength: 20, nullable: false),
                start_year = table.Column<int>(nullable: false),
                term1_start = table.Column<DateOnly>(nullable: false),
                term1_end = table.Column<DateOnly>(nullable: false),
                term2_start = table.Column<DateOnly>(nullable: false),
                term2_end = table.Column<DateOnly>(nullable: false),
                status = table.Column<string>(maxLength: 20, nullable: false),
                version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_org_school_years", x => x.id);
                table.ForeignKey(name: "fk_org_school_years_org_units_school_id", column: x => x.school_id, principalTable: "org_units", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "org_schools",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                level = table.Column<string>(maxLength: 20, nullable: false),
                ownership = table.Column<string>(maxLength: 20, nullable: false),
                lowest_grade = table.Column<int>(nullable: false),
                highest_grade = table.Column<int>(nullable: false),
                address = table.Column<string>(maxLength: 300, nullable: false),
                phone = table.Column<string>(maxLength: 20, nullable: true),
                email = table.Column<string>(maxLength: 200, nullable: true),
                version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_org_schools", x => x.id);
                table.ForeignKey(name: "fk_org_schools_org_units_id", column: x => x.id, principalTable: "org_units", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "org_subjects",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                code = table.Column<string>(maxLength: 20, nullable: false),
                name = table.Column<string>(maxLength: 120, nullable: false),
                assessment = table.Column<string>(maxLength: 20, nullable: false),
                sort_order = table.Column<int>(nullable: false),
                is_active = table.Column<bool>(nullable: false),
                version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_org_subjects", x => x.id);
                table.ForeignKey(name: "fk_org_subjects_org_units_school_id", column: x => x.school_id, principalTable: "org_units", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "people_staff",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                staff_code = table.Column<string>(maxLength: 20, nullable: false),
                full_name = table.Column<string>(maxLength: 120, nullable: false),
                name_search = table.Column<string>(maxLength: 120, nullable: false),
                sort_key = table.Column<string>(maxLength: 400, nullable: false),
                date_of_birth = table.Column<DateOnly>(nullable: true),
                gender = table.Column<string>(maxLength: 10, nullable: false),
                personal_id = table.Column<string>(maxLength: 12, nullable: true),
                phone = table.Column<string>(maxLength: 15, nullable: true),
                email = table.Column<string>(maxLength: 200, nullable: true),
                position = table.Column<string>(maxLength: 30, nullable: false),
                qualification = table.Column<string>(maxLength: 30, nullable: true),
                main_subjects = table.Column<string>(maxLength: 120, nullable: true),
                employment = table.Column<string>(maxLength: 30, nullable: true),
                user_id = table.Column<Guid>(nullable: true),
                status = table.Column<string>(maxLength: 20, nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_people_staff", x => x.id);
                table.ForeignKey(name: "fk_people_staff_access_users_user_id", column: x => x.user_id, principalTable: "access_users", principalColumn: "id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey(name: "fk_people_staff_org_units_school_id", column: x => x.school_id, principalTable: "org_units", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "people_students",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                student_code = table.Column<string>(maxLength: 20, nullable: false),
                personal_id = table.Column<string>(maxLength: 12, nullable: true),
                full_name = table.Column<string>(maxLength: 120, nullable: false),
                name_search = table.Column<string>(maxLength: 120, nullable: false),
                sort_key = table.Column<string>(maxLength: 400, nullable: false),
                date_of_birth = table.Column<DateOnly>(nullable: false),
                gender = table.Column<string>(maxLength: 10, nullable: false),
                ethnicity_code = table.Column<string>(maxLength: 4, nullable: false),
                place_of_birth = table.Column<string>(maxLength: 200, nullable: true),
                address = table.Column<string>(maxLength: 300, nullable: true),
                photo_path = table.Column<string>(maxLength: 200, nullable: true),
                special_needs = table.Column<string>(maxLength: 500, nullable: true),
                exemptions = table.Column<string>(maxLength: 500, nullable: true),
                status = table.Column<string>(maxLength: 20, nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_people_students", x => x.id);
                table.ForeignKey(name: "fk_people_students_org_units_school_id", column: x => x.school_id, principalTable: "org_units", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "org_classes",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                school_year_id = table.Column<Guid>(nullable: false),
                grade = table.Column<int>(nullable: false),
                name = table.Column<string>(maxLength: 20, nullable: false),
                room = table.Column<string>(maxLength: 40, nullable: true),
                version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_org_classes", x => x.id);
                table.ForeignKey(name: "fk_org_classes_org_school_years_school_year_id", column: x => x.school_year_id, principalTable: "org_school_years", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "fk_org_classes_org_units_school_id", column: x => x.school_id, principalTable: "org_units", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "org_subject_grades",
            columns: table => new
            {
                subject_id = table.Column<Guid>(nullable: false),
                grade = table.Column<int>(nullable: false),
                periods_per_year = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_org_subject_grades", x => new { x.subject_id, x.grade });
                table.ForeignKey(name: "fk_org_subject_grades_org_subjects_subject_id", column: x => x.subject_id, principalTable: "org_subjects", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "people_enrolments",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                student_id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                admitted_on = table.Column<DateOnly>(nullable: false),
                left_on = table.Column<DateOnly>(nullable: true),
                left_reason = table.Column<string>(maxLength: 20, nullable: true),
                destination_school_id = table.Column<Guid>(nullable: true),
                note = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_people_enrolments", x => x.id);
                table.ForeignKey(name: "fk_people_enrolments_org_units_school_id", column: x => x.school_id, principalTable: "org_units", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "fk_people_enrolments_people_students_student_id", column: x => x.student_id, principalTable: "people_students", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "people_student_guardians",
            columns: table => new
            {
                student_id = table.Column<Guid>(nullable: false),
                guardian_id = table.Column<Guid>(nullable: false),
                relation = table.Column<string>(maxLength: 30, nullable: false),
                is_primary_contact = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_people_student_guardians", x => new { x.student_id, x.guardian_id });
                table.ForeignKey(name: "fk_people_student_guardians_people_guardians_guardian_id", column: x => x.guardian_id, principalTable: "people_guardians", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "fk_people_student_guardians_people_students_student_id", column: x => x.student_id, principalTable: "people_students", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "people_year_end_decisions",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                student_id = table.Column<Guid>(nullable: false),
                school_year_id = table.Column<Guid>(nullable: false),
                outcome = table.Column<string>(maxLength: 20, nullable: false),
                note = table.Column<string>(maxLength: 500, nullable: true),
                decided_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_people_year_end_decisions", x => x.id);
                table.ForeignKey(name: "fk_people_year_end_decisions_people_students_student_id", column: x => x.student_id, principalTable: "people_students", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "people_class_placements",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                student_id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                school_year_id = table.Column<Guid>(nullable: false),
                class_id = table.Column<Guid>(nullable: false),
                from = table.Column<DateOnly>(nullable: false),
                to = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_people_class_placements", x => x.id);
                table.ForeignKey(name: "fk_people_class_placements_org_classes_class_id", column: x => x.class_id, principalTable: "org_classes", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "fk_people_class_placements_people_students_student_id", column: x => x.student_id, principalTable: "people_students", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "teaching_assignments",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                school_year_id = table.Column<Guid>(nullable: false),
                class_id = table.Column<Guid>(nullable: false),
                kind = table.Column<string>(maxLength: 20, nullable: false),
                subject_id = table.Column<Guid>(nullable: true),
                term = table.Column<int>(nullable: false),
                staff_id = table.Column<Guid>(nullable: false),
                periods_per_week = table.Column<decimal>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_teaching_assignments", x => x.id);
                table.ForeignKey(name: "fk_teaching_assignments_org_classes_class_id", column: x => x.class_id, principalTable: "org_classes", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "fk_teaching_assignments_org_subjects_subject_id", column: x => x.subject_id, principalTable: "org_subjects", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "fk_teaching_assignments_people_staff_staff_id", column: x => x.staff_id, principalTable: "people_staff", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "ix_org_classes_school_id", table: "org_classes", column: "school_id");
        migrationBuilder.CreateIndex(name: "ix_org_classes_school_year_id_name", table: "org_classes", columns: new[] { "school_year_id", "name" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_org_school_years_school_id_start_year", table: "org_school_years", columns: new[] { "school_id", "start_year" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_org_subjects_school_id_code", table: "org_subjects", columns: new[] { "school_id", "code" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_people_class_placements_class_id_to", table: "people_class_placements", columns: new[] { "class_id", "to" });
        migrationBuilder.CreateIndex(name: "ix_people_class_placements_student_id_school_year_id", table: "people_class_placements", columns: new[] { "student_id", "school_year_id" });
        migrationBuilder.CreateIndex(name: "ix_people_enrolments_school_id_student_id", table: "people_enrolments", columns: new[] { "school_id", "student_id" });
        migrationBuilder.CreateIndex(name: "ix_people_enrolments_student_id", table: "people_enrolments", column: "student_id");
        migrationBuilder.CreateIndex(name: "ix_people_guardians_phone", table: "people_guardians", column: "phone", unique: true);
        migrationBuilder.CreateIndex(name: "ix_people_staff_school_id_sort_key", table: "people_staff", columns: new[] { "school_id", "sort_key" });
        migrationBuilder.CreateIndex(name: "ix_people_staff_school_id_staff_code", table: "people_staff", columns: new[] { "school_id", "staff_code" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_people_staff_user_id", table: "people_staff", column: "user_id");
        migrationBuilder.CreateIndex(name: "ix_people_student_guardians_guardian_id", table: "people_student_guardians", column: "guardian_id");
        migrationBuilder.CreateIndex(name: "ix_people_students_name_search", table: "people_students", column: "name_search")
            .Annotation("Npgsql:IndexMethod", "gin")
            .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        migrationBuilder.CreateIndex(name: "ix_people_students_personal_id", table: "people_students", column: "personal_id", unique: true);
        migrationBuilder.CreateIndex(name: "ix_people_students_school_id_sort_key", table: "people_students", columns: new[] { "school_id", "sort_key" });
        migrationBuilder.CreateIndex(name: "ix_people_students_student_code", table: "people_students", column: "student_code", unique: true);
        migrationBuilder.CreateIndex(name: "ix_people_year_end_decisions_student_id_school_year_id", table: "people_year_end_decisions", columns: new[] { "student_id", "school_year_id" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_teaching_assignments_class_id_kind_subject_id_term", table: "teaching_assignments", columns: new[] { "class_id", "kind", "subject_id", "term" });
        migrationBuilder.CreateIndex(name: "ix_teaching_assignments_staff_id_school_year_id", table: "teaching_assignments", columns: new[] { "staff_id", "school_year_id" });
        migrationBuilder.CreateIndex(name: "ix_teaching_assignments_subject_id", table: "teaching_assignments", column: "subject_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "ix_teaching_assignments_subject_id", table: "teaching_assignments");
        migrationBuilder.DropIndex(name: "ix_teaching_assignments_staff_id_school_year_id", table: "teaching_assignments");
        migrationBuilder.DropIndex(name: "ix_teaching_assignments_class_id_kind_subject_id_term", table: "teaching_assignments");
        migrationBuilder.DropIndex(name: "ix_people_year_end_decisions_student_id_school_year_id", table: "people_year_end_decisions");
        migrationBuilder.DropIndex(name: "ix_people_students_student_code", table: "people_students");
        migrationBuilder.DropIndex(name: "ix_people_students_school_id_sort_key", table: "people_students");
        migrationBuilder.DropIndex(name: "ix_people_students_personal_id", table: "people_students");
        migrationBuilder.DropIndex(name: "ix_people_students_name_search", table: "people_students");
        migrationBuilder.DropIndex(name: "ix_people_student_guardians_guardian_id", table: "people_student_guardians");
        migrationBuilder.DropIndex(name: "ix_people_staff_user_id", table: "people_staff");
        migrationBuilder.DropIndex(name: "ix_people_staff_school_id_staff_code", table: "people_staff");
        migrationBuilder.DropIndex(name: "ix_people_staff_school_id_sort_key", table: "people_staff");
        migrationBuilder.DropIndex(name: "ix_people_guardians_phone", table: "people_guardians");
        migrationBuilder.DropIndex(name: "ix_people_enrolments_student_id", table: "people_enrolments");
        migrationBuilder.DropIndex(name: "ix_people_enrolments_school_id_student_id", table: "people_enrolments");
        migrationBuilder.DropIndex(name: "ix_people_class_placements_student_id_school_year_id", table: "people_class_placements");
        migrationBuilder.DropIndex(name: "ix_people_class_placements_class_id_to", table: "people_class_placements");
        migrationBuilder.DropIndex(name: "ix_org_subjects_school_id_code", table: "org_subjects");
        migrationBuilder.DropIndex(name: "ix_org_school_years_school_id_start_year", table: "org_school_years");
        migrationBuilder.DropIndex(name: "ix_org_classes_school_year_id_name", table: "org_classes");
        migrationBuilder.DropIndex(name: "ix_org_classes_school_id", table: "org_classes");
        migrationBuilder.DropTable(name: "teaching_assignments");
        migrationBuilder.DropTable(name: "people_class_placements");
        migrationBuilder.DropTable(name: "people_year_end_decisions");
        migrationBuilder.DropTable(name: "people_student_guardians");
        migrationBuilder.DropTable(name: "people_enrolments");
        migrationBuilder.DropTable(name: "org_subject_grades");
        migrationBuilder.DropTable(name: "org_classes");
        migrationBuilder.DropTable(name: "people_students");
        migrationBuilder.DropTable(name: "people_staff");
        migrationBuilder.DropTable(name: "org_subjects");
        migrationBuilder.DropTable(name: "org_schools");
        migrationBuilder.DropTable(name: "org_school_years");
        migrationBuilder.DropTable(name: "people_guardians");
        migrationBuilder.DropColumn(name: "name_search", table: "org_units");
    }
}
