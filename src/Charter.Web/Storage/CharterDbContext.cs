using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Storage;

/// <summary>
/// Charters and their Y.Docs: for each charter one snapshot plus an append-only log of the
/// updates accepted since (docs/ARCHITECTURE.md, "Storage"). The Doc is the only source of the charter's text.
/// </summary>
public sealed class CharterDbContext(DbContextOptions<CharterDbContext> options) : DbContext(options)
{
    public DbSet<CharterRecord> Charters => Set<CharterRecord>();

    public DbSet<CharterSnapshotRecord> Snapshots => Set<CharterSnapshotRecord>();

    public DbSet<CharterUpdateRecord> Updates => Set<CharterUpdateRecord>();

    /// <summary>Who edited which clause, one row per person and clause; outlives compaction.</summary>
    public DbSet<ClauseEditorRecord> ClauseEditors => Set<ClauseEditorRecord>();

    /// <summary>Published versions (docs/ARCHITECTURE.md, "Versions"), append-only.</summary>
    public DbSet<VersionRecord> Versions => Set<VersionRecord>();

    /// <summary>Earlier states of each charter, for history and restore (docs/HISTORY.md).</summary>
    public DbSet<CharterHistoryRecord> History => Set<CharterHistoryRecord>();

    /// <summary>Endorsements of published versions (docs/VERSIONS.md, "Endorsements"); rows are never deleted.</summary>
    public DbSet<EndorsementRecord> Endorsements => Set<EndorsementRecord>();

    /// <summary>Each charter's signing setting.</summary>
    public DbSet<EndorsementSettingsRecord> EndorsementSettings => Set<EndorsementSettingsRecord>();

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

        modelBuilder.Entity<ClauseEditorRecord>(editor =>
        {
            editor.ToTable("clause_editors");
            editor.HasKey(e => new { e.CharterId, e.ClauseId, e.UserId });
            editor.Property(e => e.ClauseId).HasMaxLength(16);
            editor.Property(e => e.UserId).HasMaxLength(450);
            editor.HasOne<CharterRecord>().WithMany().HasForeignKey(e => e.CharterId);
        });

        VersionModel.Configure(modelBuilder);
        HistoryModel.Configure(modelBuilder);
        EndorsementModel.Configure(modelBuilder);
    }
}
