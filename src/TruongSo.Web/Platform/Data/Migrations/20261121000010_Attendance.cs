using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TruongSo.Web.Platform.Data.Migrations;

/// <summary>Attendance: marks, registers taken, absence requests, school settings, threshold alerts. Drafted by tools/TruongSo.MigrationDraft, then reviewed.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000010_Attendance")]
public sealed class AttendanceSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "attendance_absence_requests",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                class_id = table.Column<Guid>(nullable: false),
                student_id = table.Column<Guid>(nullable: false),
                from_date = table.Column<DateOnly>(nullable: false),
                to_date = table.Column<DateOnly>(nullable: false),
                morning = table.Column<bool>(nullable: false),
                afternoon = table.Column<bool>(nullable: false),
                reason = table.Column<string>(maxLength: 500, nullable: false),
                state = table.Column<int>(nullable: false),
                requested_by = table.Column<Guid>(nullable: false),
                requested_at = table.Column<DateTime>(nullable: false),
                decided_by = table.Column<Guid>(nullable: true),
                decided_at = table.Column<DateTime>(nullable: true),
                decision_note = table.Column<string>(maxLength: 500, nullable: true),
                version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_attendance_absence_requests", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "attendance_alerts",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                school_year_id = table.Column<Guid>(nullable: false),
                student_id = table.Column<Guid>(nullable: false),
                threshold = table.Column<int>(nullable: false),
                sessions = table.Column<int>(nullable: false),
                raised_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_attendance_alerts", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "attendance_marks",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                class_id = table.Column<Guid>(nullable: false),
                student_id = table.Column<Guid>(nullable: false),
                date = table.Column<DateOnly>(nullable: false),
                session = table.Column<int>(nullable: false),
                period = table.Column<int>(nullable: false),
                status = table.Column<int>(nullable: false),
                absence_request_id = table.Column<Guid>(nullable: true),
                updated_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_attendance_marks", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "attendance_registers",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                class_id = table.Column<Guid>(nullable: false),
                date = table.Column<DateOnly>(nullable: false),
                session = table.Column<int>(nullable: false),
                period = table.Column<int>(nullable: false),
                enrolled = table.Column<int>(nullable: false),
                taken_by = table.Column<Guid>(nullable: false),
                taken_at = table.Column<DateTime>(nullable: false),
                corrected_by = table.Column<Guid>(nullable: true),
                corrected_at = table.Column<DateTime>(nullable: true),
                version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_attendance_registers", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "attendance_settings",
            columns: table => new
            {
                school_id = table.Column<Guid>(nullable: false),
                by_period = table.Column<bool>(nullable: false),
                periods_per_session = table.Column<int>(nullable: false),
                thresholds = table.Column<string>(maxLength: 100, nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
                version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_attendance_settings", x => x.school_id);
            });

        migrationBuilder.CreateIndex(name: "ix_attendance_absence_requests_class_id_state", table: "attendance_absence_requests", columns: new[] { "class_id", "state" });
        migrationBuilder.CreateIndex(name: "ix_attendance_absence_requests_student_id_state", table: "attendance_absence_requests", columns: new[] { "student_id", "state" });
        migrationBuilder.CreateIndex(name: "ix_attendance_alerts_school_id_school_year_id", table: "attendance_alerts", columns: new[] { "school_id", "school_year_id" });
        migrationBuilder.CreateIndex(name: "ix_attendance_alerts_student_id_school_year_id_threshold", table: "attendance_alerts", columns: new[] { "student_id", "school_year_id", "threshold" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_attendance_marks_class_id_date", table: "attendance_marks", columns: new[] { "class_id", "date" });
        migrationBuilder.CreateIndex(name: "ix_attendance_marks_school_id_date", table: "attendance_marks", columns: new[] { "school_id", "date" });
        migrationBuilder.CreateIndex(name: "ix_attendance_marks_student_id_date_session_period", table: "attendance_marks", columns: new[] { "student_id", "date", "session", "period" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_attendance_registers_class_id_date_session_period", table: "attendance_registers", columns: new[] { "class_id", "date", "session", "period" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_attendance_registers_school_id_date", table: "attendance_registers", columns: new[] { "school_id", "date" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "ix_attendance_registers_school_id_date", table: "attendance_registers");
        migrationBuilder.DropIndex(name: "ix_attendance_registers_class_id_date_session_period", table: "attendance_registers");
        migrationBuilder.DropIndex(name: "ix_attendance_marks_student_id_date_session_period", table: "attendance_marks");
        migrationBuilder.DropIndex(name: "ix_attendance_marks_school_id_date", table: "attendance_marks");
        migrationBuilder.DropIndex(name: "ix_attendance_marks_class_id_date", table: "attendance_marks");
        migrationBuilder.DropIndex(name: "ix_attendance_alerts_student_id_school_year_id_threshold", table: "attendance_alerts");
        migrationBuilder.DropIndex(name: "ix_attendance_alerts_school_id_school_year_id", table: "attendance_alerts");
        migrationBuilder.DropIndex(name: "ix_attendance_absence_requests_student_id_state", table: "attendance_absence_requests");
        migrationBuilder.DropIndex(name: "ix_attendance_absence_requests_class_id_state", table: "attendance_absence_requests");
        migrationBuilder.DropTable(name: "attendance_settings");
        migrationBuilder.DropTable(name: "attendance_registers");
        migrationBuilder.DropTable(name: "attendance_marks");
        migrationBuilder.DropTable(name: "attendance_alerts");
        migrationBuilder.DropTable(name: "attendance_absence_requests");
    }
}
