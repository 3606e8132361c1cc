using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.ContactBook.FamilyAccounts.Data;

/// <summary>
/// A one-time code the school hands a parent to activate their account (username = phone). Only a
/// salted PBKDF2 hash is kept; a code lives until <see cref="ExpiresAt"/>, is used once, dies when a
/// new one is issued for the same account, and dies after too many wrong tries.
/// </summary>
public sealed class ActivationCode
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public Guid GuardianId { get; set; }

    /// <summary>The school that issued it (its audit chain).</summary>
    public Guid SchoolId { get; set; }
    public string CodeHash { get; set; } = "";
    public DateTime IssuedAt { get; set; }
    public Guid? IssuedBy { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public int FailedAttempts { get; set; }

    public bool IsLive(DateTime now) => UsedAt is null && RevokedAt is null && now < ExpiresAt;
}

internal sealed class ActivationCodeConfiguration : IEntityTypeConfiguration<ActivationCode>
{
    public void Configure(EntityTypeBuilder<ActivationCode> b)
    {
        b.ToTable("contactbook_activation_codes");
        b.Property(c => c.CodeHash).HasMaxLength(120);
        b.HasIndex(c => c.UserId);
        b.HasIndex(c => c.GuardianId);
    }
}
