using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TruongSo.Web.Platform.Data.Migrations;

/// <summary>The notification outbox, in-app notifications, per-channel deliveries and channel choices (ContactBook/Notifications). Drafted by tools/TruongSo.MigrationDraft, then reviewed.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000014_Notifications")]
public sealed class NotificationsSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "contactbook_notification_preferences",
            columns: table => new
            {
                user_id = table.Column<Guid>(nullable: false),
                email = table.Column<bool>(nullable: false),
                sms = table.Column<bool>(nullable: false),
                zalo = table.Column<bool>(nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_contactbook_notification_preferences", x => x.user_id);
            });

        migrationBuilder.CreateTable(
            name: "contactbook_notifications",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                recipient_user_id = table.Column<Guid>(nullable: false),
                dedup_key = table.Column<string>(maxLength: 200, nullable: false),
                topic = table.Column<string>(maxLength: 60, nullable: false),
                subject = table.Column<string>(maxLength: 300, nullable: false),
                body = table.Column<string>(maxLength: 4000, nullable: false),
                link = table.Column<string>(maxLength: 500, nullable: true),
                school_id = table.Column<Guid>(nullable: true),
                created_at = table.Column<DateTime>(nullable: false),
                read_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_contactbook_notifications", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "contactbook_outbox",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                recipient_user_id = table.Column<Guid>(nullable: false),
                topic = table.Column<string>(maxLength: 60, nullable: false),
                subject = table.Column<string>(maxLength: 300, nullable: false),
                body = table.Column<string>(maxLength: 4000, nullable: false),
                dedup_key = table.Column<string>(maxLength: 200, nullable: false),
                link = table.Column<string>(maxLength: 500, nullable: true),
                school_id = table.Column<Guid>(nullable: true),
                enqueued_at = table.Column<DateTime>(nullable: false),
                state = table.Column<string>(maxLength: 12, nullable: false),
                attempts = table.Column<int>(nullable: false),
                next_attempt_at = table.Column<DateTime>(nullable: false),
                lease_token = table.Column<Guid>(nullable: true),
                lease_until = table.Column<DateTime>(nullable: true),
                last_error = table.Column<string>(maxLength: 1000, nullable: true),
                finished_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_contactbook_outbox", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "contactbook_deliveries",
            columns: table => new
            {
                notification_id = table.Column<Guid>(nullable: false),
                channel = table.Column<string>(maxLength: 20, nullable: false),
                address = table.Column<string>(maxLength: 200, nullable: false),
                attempts = table.Column<int>(nullable: false),
                sent_at = table.Column<DateTime>(nullable: true),
                last_error = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_contactbook_deliveries", x => new { x.notification_id, x.channel });
                table.ForeignKey(name: "fk_contactbook_deliveries_contactbook_notifications_notification_id", column: x => x.notification_id, principalTable: "contactbook_notifications", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "ix_contactbook_notifications_recipient_user_id_created_at", table: "contactbook_notifications", columns: new[] { "recipient_user_id", "created_at" });
        migrationBuilder.CreateIndex(name: "ix_contactbook_notifications_recipient_user_id_dedup_key", table: "contactbook_notifications", columns: new[] { "recipient_user_id", "dedup_key" }, unique: true);
        migrationBuilder.CreateIndex(name: "ix_contactbook_outbox_school_id_state", table: "contactbook_outbox", columns: new[] { "school_id", "state" });
        migrationBuilder.CreateIndex(name: "ix_contactbook_outbox_state_next_attempt_at", table: "contactbook_outbox", columns: new[] { "state", "next_attempt_at" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "ix_contactbook_outbox_state_next_attempt_at", table: "contactbook_outbox");
        migrationBuilder.DropIndex(name: "ix_contactbook_outbox_school_id_state", table: "contactbook_outbox");
        migrationBuilder.DropIndex(name: "ix_contactbook_notifications_recipient_user_id_dedup_key", table: "contactbook_notifications");
        migrationBuilder.DropIndex(name: "ix_contactbook_notifications_recipient_user_id_created_at", table: "contactbook_notifications");
        migrationBuilder.DropTable(name: "contactbook_deliveries");
        migrationBuilder.DropTable(name: "contactbook_outbox");
        migrationBuilder.DropTable(name: "contactbook_notifications");
        migrationBuilder.DropTable(name: "contactbook_notification_preferences");
    }
}
