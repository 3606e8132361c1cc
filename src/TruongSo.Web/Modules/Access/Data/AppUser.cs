using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.Access.Data;

public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser() => Id = Guid.CreateVersion7();

    public string FullName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public List<RoleGrant> Grants { get; set; } = [];
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.ToTable("access_users");
        b.Property(u => u.FullName).HasMaxLength(200);
        b.HasMany(u => u.Grants).WithOne().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IdentityTablesConfiguration :
    IEntityTypeConfiguration<IdentityUserClaim<Guid>>,
    IEntityTypeConfiguration<IdentityUserLogin<Guid>>,
    IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> b) => b.ToTable("access_user_claims");

    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> b) => b.ToTable("access_user_logins");

    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> b) => b.ToTable("access_user_tokens");
}
