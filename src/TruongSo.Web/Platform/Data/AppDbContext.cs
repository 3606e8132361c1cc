using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Data;
using TruongSo.Web.Platform.Audit;

namespace TruongSo.Web.Platform.Data;

/// <summary>
/// One database, one context. Each module owns its tables through its own
/// IEntityTypeConfiguration classes (module-prefixed table names); see docs/adr/0002.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityUserContext<AppUser, Guid>(options)
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        SnakeCaseNaming.Apply(builder);
    }

    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        // Audit entries are sealed into their hash chain in the same transaction as the change: on SQLite by
        // the app here, on PostgreSQL by the database as the transaction commits (ADR 0017).
        var chains = AuditSealer.PendingChains(this);
        if (chains.Count == 0 || !AuditSealer.SealsHere(this, chains))
        {
            return await base.SaveChangesAsync(cancellationToken);
        }
        var own = Database.CurrentTransaction is null;
        await using var tx = own ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await AuditSealer.SealAsync(this, chains, cancellationToken);
        var written = await base.SaveChangesAsync(cancellationToken);
        if (tx is not null)
        {
            await tx.CommitAsync(cancellationToken);
        }
        return written;
    }

    public override int SaveChanges() =>
        throw new InvalidOperationException("Use SaveChangesAsync: audit sealing is asynchronous.");
}
