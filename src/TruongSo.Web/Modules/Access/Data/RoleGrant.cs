using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TruongSo.Web.Modules.Organization.Data;

namespace TruongSo.Web.Modules.Access.Data;

/// <summary>A role held on an org unit: "principal of school X", "officer of province Y".</summary>
public sealed class RoleGrant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public string Role { get; set; } = "";
    public Guid OrgUnitId { get; set; }
    public DateTime GrantedAt { get; set; }
}

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> b)
    {
        b.ToTable("access_role_grants");
        b.Property(g => g.Role).HasMaxLength(40);
        b.HasIndex(g => new { g.UserId, g.Role, g.OrgUnitId }).IsUnique();
        b.HasIndex(g => g.OrgUnitId);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(g => g.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
