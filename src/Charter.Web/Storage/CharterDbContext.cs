using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Storage;

/// <summary>
/// Charters and their Y.Docs: for each charter one snapshot plus an append-only log of the
/// updates accepted since (DESIGN.md §4). The Doc is the only source of the charter's text.
/// </summary>
public sealed class CharterDbContext(DbContextOptions<CharterDbContext> options) : DbContext(options)
{
    public DbSet<CharterRecord> Charters => Set<CharterRecord>();

    public DbSet<CharterSnapshotRecord> Snapshots => Set<CharterSnapshotRecord>();

    public DbSet<CharterUpdateRecord> Updates => Set<CharterUpdateRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CharterRecord>(charter =>
        {
            charter.ToTable("charters");
            charter.HasIndex(c => c.Name).IsUnique();
            charter.Property(c => c.Name).HasMaxLength(200);
        });

        modelBuilder.Entity<CharterSnapshotRecord>(snapshot =>
        {
            snapshot.ToTable("charter_snapshots");
            snapshot.HasKey(s => s.CharterId);
            snapshot.HasOne<CharterRecord>().WithOne().HasForeignKey<CharterSnapshotRecord>(s => s.CharterId);
        });

        modelBuilder.Entity<CharterUpdateRecord>(update =>
        {
            update.ToTable("charter_updates");
            update.HasKey(u => new { u.CharterId, u.Sequence });
            update.Property(u => u.Sequence).ValueGeneratedNever();
            update.Property(u => u.UserId).HasMaxLength(450);
            update.HasOne<CharterRecord>().WithMany().HasForeignKey(u => u.CharterId);
        });
    }
}
