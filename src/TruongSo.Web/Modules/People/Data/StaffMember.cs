using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TruongSo.Web.Modules.Access.Data;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.People.Data;

/// <summary>A teacher or other member of staff of one school, with their sign-in account if they have one.</summary>
public sealed partial class StaffMember
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public string StaffCode { get; set; } = "";
    public string FullName { get; set; } = "";
    public string NameSearch { get; set; } = "";
    public string SortKey { get; set; } = "";
    public DateOnly? DateOfBirth { get; set; }
    public Gender Gender { get; set; }
    public string? PersonalId { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>giao-vien, hieu-truong, pho-hieu-truong, van-thu, ke-toan, nhan-vien (StaffCodes.Positions).</summary>
    public string Position { get; set; } = "giao-vien";

    /// <summary>trung-cap, cao-dang, dai-hoc, thac-si, tien-si.</summary>
    public string? Qualification { get; set; }

    /// <summary>Subject codes the teacher mainly teaches, comma-separated (TOAN,TIN).</summary>
    public string? MainSubjects { get; set; }

    /// <summary>bien-che (permanent) or hop-dong (contract).</summary>
    public string? Employment { get; set; }
    public Guid? UserId { get; set; }
    public StaffStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.ToTable("people_staff");
        b.Property(s => s.StaffCode).HasMaxLength(20);
        b.Property(s => s.FullName).HasMaxLength(120);
        b.Property(s => s.NameSearch).HasMaxLength(120);
        b.Property(s => s.SortKey).HasMaxLength(400);
        b.Property(s => s.Gender).HasConversion<string>().HasMaxLength(10);
        b.Property(s => s.PersonalId).HasMaxLength(12);
        b.Property(s => s.Phone).HasMaxLength(15);
        b.Property(s => s.Email).HasMaxLength(200);
        b.Property(s => s.Position).HasMaxLength(30);
        b.Property(s => s.Qualification).HasMaxLength(30);
        b.Property(s => s.MainSubjects).HasMaxLength(120);
        b.Property(s => s.Employment).HasMaxLength(30);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => new { s.SchoolId, s.StaffCode }).IsUnique();
        b.HasIndex(s => new { s.SchoolId, s.SortKey });
        b.HasIndex(s => s.UserId);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
