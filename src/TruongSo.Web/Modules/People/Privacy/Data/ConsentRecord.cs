using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.People.Privacy.Data;

/// <summary>Who gave or withdrew consent: a guardian, or the child (required too from age 7, Nghị định 13/2023 Điều 20.1).</summary>
public enum ConsentParty { Guardian, Student }

/// <summary>How the consent was taken: on paper at the school, or by the family in the portal.</summary>
public enum ConsentMethod { InPerson, Online }

/// <summary>
/// One act of consent or withdrawal for one purpose (Nghị định 13/2023 Điều 11, 12, 20): an
/// append-only history, never updated or deleted; the state of a purpose is its latest act per
/// party. Withdrawal does not undo lawful processing before it (Điều 12.2), hence the history.
/// </summary>
public sealed class ConsentRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudentId { get; set; }
    public Guid SchoolId { get; set; }
    public string Purpose { get; set; } = "";
    public bool Given { get; set; }
    public ConsentParty Party { get; set; }

    /// <summary>The guardian who consented (null when the child did).</summary>
    public Guid? GuardianId { get; set; }

    /// <summary>The name of the one who consented, as it was then.</summary>
    public string GivenBy { get; set; } = "";
    public ConsentMethod Method { get; set; }
    public Guid RecordedByUserId { get; set; }
    public string RecordedByName { get; set; } = "";
    public DateTime RecordedAt { get; set; }
    public string? Note { get; set; }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.ToTable("people_consents");
        b.Property(c => c.Purpose).HasMaxLength(30);
        b.Property(c => c.Party).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.Method).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.GivenBy).HasMaxLength(120);
        b.Property(c => c.RecordedByName).HasMaxLength(200);
        b.Property(c => c.Note).HasMaxLength(500);
        b.HasIndex(c => new { c.StudentId, c.RecordedAt });
        b.HasIndex(c => new { c.SchoolId, c.RecordedAt });
    }
}
