using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TruongSo.Web.Platform.Data.Migrations;

/// <summary>Announcements with read receipts, and parent–teacher message threads (issue 6). Written by hand in the draft tool's style.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000013_ContactBook")]
public sealed class ContactBookSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "contactbook_announcements",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                school_year_id = table.Column<Guid>(nullable: false),
                audience = table.Column<string>(maxLength: 10, nullable: false),
                class_id = table.Column<Guid>(nullable: true),
                grade = table.Column<int>(nullable: true),
                audience_name = table.Column<string>(maxLength: 120, nullable: false),
                title = table.Column<string>(maxLength: 200, nullable: false),
                body = table.Column<string>(maxLength: 4000, nullable: false),
                sender_user_id = table.Column<Guid>(nullable: false),
                sender_name = table.Column<string>(maxLength: 200, nullable: false),
                sent_at = table.Column<DateTime>(nullable: false),
                recipient_count = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_contactbook_announcements", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "contactbook_announcement_recipients",
            columns: table => new
            {
                announcement_id = table.Column<Guid>(nullable: false),
                user_id = table.Column<Guid>(nullable: false),
                student_id = table.Column<Guid>(nullable: false),
                recipient_name = table.Column<string>(maxLength: 200, nullable: false),
                student_name = table.Column<string>(maxLength: 120, nullable: false),
                class_id = table.Column<Guid>(nullable: false),
                is_student = table.Column<bool>(nullable: false),
                read_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_contactbook_announcement_recipients", x => new { x.announcement_id, x.user_id, x.student_id });
                table.ForeignKey(name: "fk_contactbook_announcement_recipients_contactbook_announcements_announcement_id", column: x => x.announcement_id,
                    principalTable: "contactbook_announcements", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "contactbook_threads",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                school_id = table.Column<Guid>(nullable: false),
                student_id = table.Column<Guid>(nullable: false),
                student_name = table.Column<string>(maxLength: 120, nullable: false),
                class_id = table.Column<Guid>(nullable: false),
                class_name = table.Column<string>(maxLength: 40, nullable: false),
                teacher_staff_id = table.Column<Guid>(nullable: false),
                teacher_user_id = table.Column<Guid>(nullable: false),
                teacher_name = table.Column<string>(maxLength: 120, nullable: false),
                started_by = table.Column<Guid>(nullable: false),
                subject = table.Column<string>(maxLength: 200, nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                last_message_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_contactbook_threads", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "contactbook_thread_messages",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                thread_id = table.Column<Guid>(nullable: false),
                author_user_id = table.Column<Guid>(nullable: false),
                author_name = table.Column<string>(maxLength: 200, nullable: false),
                from_family = table.Column<bool>(nullable: false),
                body = table.Column<string>(maxLength: 4000, nullable: false),
                sent_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_contactbook_thread_messages", x => x.id);
                table.ForeignKey(name: "fk_contactbook_thread_messages_contactbook_threads_thread_id", column: x => x.thread_id,
                    principalTable: "contactbook_threads", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "contactbook_thread_reads",
            columns: table => new
            {
                thread_id = table.Column<Guid>(nullable: false),
                user_id = table.Column<Guid>(nullable: false),
                read_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_contactbook_thread_reads", x => new { x.thread_id, x.user_id });
                table.ForeignKey(name: "fk_contactbook_thread_reads_contactbook_threads_thread_id", column: x => x.thread_id,
                    principalTable: "contactbook_threads", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "ix_contactbook_announcements_school_id_sent_at", table: "contactbook_announcements", columns: new[] { "school_id", "sent_at" });
        migrationBuilder.CreateIndex(name: "ix_contactbook_announcements_sender_user_id_sent_at", table: "contactbook_announcements", columns: new[] { "sender_user_id", "sent_at" });
        migrationBuilder.CreateIndex(name: "ix_contactbook_announcement_recipients_user_id_student_id", table: "contactbook_announcement_recipients", columns: new[] { "user_id", "student_id" });
        migrationBuilder.CreateIndex(name: "ix_contactbook_threads_class_id_last_message_at", table: "contactbook_threads", columns: new[] { "class_id", "last_message_at" });
        migrationBuilder.CreateIndex(name: "ix_contactbook_threads_student_id_last_message_at", table: "contactbook_threads", columns: new[] { "student_id", "last_message_at" });
        migrationBuilder.CreateIndex(name: "ix_contactbook_threads_teacher_user_id_last_message_at", table: "contactbook_threads", columns: new[] { "teacher_user_id", "last_message_at" });
        migrationBuilder.CreateIndex(name: "ix_contactbook_thread_messages_author_user_id_sent_at", table: "contactbook_thread_messages", columns: new[] { "author_user_id", "sent_at" });
        migrationBuilder.CreateIndex(name: "ix_contactbook_thread_messages_thread_id_sent_at", table: "contactbook_thread_messages", columns: new[] { "thread_id", "sent_at" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "contactbook_thread_reads");
        migrationBuilder.DropTable(name: "contactbook_thread_messages");
        migrationBuilder.DropTable(name: "contactbook_threads");
        migrationBuilder.DropTable(name: "contactbook_announcement_recipients");
        migrationBuilder.DropTable(name: "contactbook_announcements");
    }
}
