using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.ContactBook.Messages;

/// <summary>
/// A conversation about one child between their family and one of the child's teachers. Readers:
/// the child's guardians, the teacher it is addressed to and the class's GVCN (who answers for the
/// class to families); nobody else (see <see cref="ThreadAccess"/>).
/// </summary>
public sealed class MessageThread
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid StudentId { get; set; }
    public string StudentName { get; set; } = "";
    public Guid ClassId { get; set; }
    public string ClassName { get; set; } = "";
    public Guid TeacherStaffId { get; set; }
    public Guid TeacherUserId { get; set; }
    public string TeacherName { get; set; } = "";
    public Guid StartedBy { get; set; }
    public string Subject { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime LastMessageAt { get; set; }
}

/// <summary>One message: plain text, shown as text (never HTML).</summary>
public sealed class ThreadMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ThreadId { get; set; }
    public Guid AuthorUserId { get; set; }
    public string AuthorName { get; set; } = "";
    public bool FromFamily { get; set; }
    public string Body { get; set; } = "";
    public DateTime SentAt { get; set; }
}

/// <summary>When an account last opened a thread: what came after from others is unread.</summary>
public sealed class ThreadRead
{
    public Guid ThreadId { get; set; }
    public Guid UserId { get; set; }
    public DateTime ReadAt { get; set; }
}

internal sealed class MessageThreadConfiguration : IEntityTypeConfiguration<MessageThread>
{
    public void Configure(EntityTypeBuilder<MessageThread> b)
    {
        b.ToTable("contactbook_threads");
        b.Property(t => t.StudentName).HasMaxLength(120);
        b.Property(t => t.ClassName).HasMaxLength(40);
        b.Property(t => t.TeacherName).HasMaxLength(120);
        b.Property(t => t.Subject).HasMaxLength(200);
        b.HasIndex(t => new { t.StudentId, t.LastMessageAt });
        b.HasIndex(t => new { t.TeacherUserId, t.LastMessageAt });
        b.HasIndex(t => new { t.ClassId, t.LastMessageAt });
    }
}

internal sealed class ThreadMessageConfiguration : IEntityTypeConfiguration<ThreadMessage>
{
    public void Configure(EntityTypeBuilder<ThreadMessage> b)
    {
        b.ToTable("contactbook_thread_messages");
        b.Property(m => m.AuthorName).HasMaxLength(200);
        b.Property(m => m.Body).HasMaxLength(4000);
        b.HasIndex(m => new { m.ThreadId, m.SentAt });
        b.HasIndex(m => new { m.AuthorUserId, m.SentAt });
        b.HasOne<MessageThread>().WithMany().HasForeignKey(m => m.ThreadId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ThreadReadConfiguration : IEntityTypeConfiguration<ThreadRead>
{
    public void Configure(EntityTypeBuilder<ThreadRead> b)
    {
        b.ToTable("contactbook_thread_reads");
        b.HasKey(r => new { r.ThreadId, r.UserId });
        b.HasOne<MessageThread>().WithMany().HasForeignKey(r => r.ThreadId).OnDelete(DeleteBehavior.Cascade);
    }
}
