using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.ContactBook.Announcements;

/// <summary>Who an announcement is for: one class, one grade (khối) or the whole school.</summary>
public static class Audiences
{
    public const string Class = "class";
    public const string Grade = "grade";
    public const string School = "school";
}

/// <summary>
/// A thông báo to the families of a class, a grade or the school. Title and body are plain text,
/// shown as text (never as HTML). The recipients are fixed when it is sent, so "đã đọc X/Y" keeps
/// one denominator however families change afterwards.
/// </summary>
public sealed class Announcement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid SchoolYearId { get; set; }
    public string Audience { get; set; } = Audiences.Class;
    public Guid? ClassId { get; set; }
    public int? Grade { get; set; }

    /// <summary>"Lớp 6A1", "Khối 6", "Toàn trường", as shown to readers.</summary>
    public string AudienceName { get; set; } = "";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public Guid SenderUserId { get; set; }
    public string SenderName { get; set; } = "";
    public DateTime SentAt { get; set; }

    /// <summary>Accounts it was sent to (each counted once, whatever number of children they have in the audience).</summary>
    public int RecipientCount { get; set; }
}

/// <summary>One account's copy, per child through whom it reached them; <see cref="ReadAt"/> is the read receipt.</summary>
public sealed class AnnouncementRecipient
{
    public Guid AnnouncementId { get; set; }
    public Guid UserId { get; set; }
    public Guid StudentId { get; set; }
    public string RecipientName { get; set; } = "";
    public string StudentName { get; set; } = "";
    public Guid ClassId { get; set; }
    public bool IsStudent { get; set; }
    public DateTime? ReadAt { get; set; }
}

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> b)
    {
        b.ToTable("contactbook_announcements");
        b.Property(a => a.Audience).HasMaxLength(10);
        b.Property(a => a.AudienceName).HasMaxLength(120);
        b.Property(a => a.Title).HasMaxLength(200);
        b.Property(a => a.Body).HasMaxLength(4000);
        b.Property(a => a.SenderName).HasMaxLength(200);
        b.HasIndex(a => new { a.SchoolId, a.SentAt });
        b.HasIndex(a => new { a.SenderUserId, a.SentAt });
    }
}

internal sealed class AnnouncementRecipientConfiguration : IEntityTypeConfiguration<AnnouncementRecipient>
{
    public void Configure(EntityTypeBuilder<AnnouncementRecipient> b)
    {
        b.ToTable("contactbook_announcement_recipients");
        b.HasKey(r => new { r.AnnouncementId, r.UserId, r.StudentId });
        b.Property(r => r.RecipientName).HasMaxLength(200);
        b.Property(r => r.StudentName).HasMaxLength(120);
        b.HasIndex(r => new { r.UserId, r.StudentId });
        b.HasOne<Announcement>().WithMany().HasForeignKey(r => r.AnnouncementId).OnDelete(DeleteBehavior.Cascade);
    }
}
