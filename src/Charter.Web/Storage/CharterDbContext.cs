using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Storage;

/// <summary>
/// The charter text as imported from drafts/: charters, their parts and clauses, and translations.
/// Part and clause ids are the stable ids from the drafts, unique within their charter.
/// </summary>
public sealed class CharterDbContext(DbContextOptions<CharterDbContext> options) : DbContext(options)
{
    public DbSet<CharterRecord> Charters => Set<CharterRecord>();

    public DbSet<PartRecord> Parts => Set<PartRecord>();

    public DbSet<ClauseRecord> Clauses => Set<ClauseRecord>();

    public DbSet<CharterTranslationRecord> CharterTranslations => Set<CharterTranslationRecord>();

    public DbSet<PartTranslationRecord> PartTranslations => Set<PartTranslationRecord>();

    public DbSet<ClauseTranslationRecord> ClauseTranslations => Set<ClauseTranslationRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CharterRecord>(charter =>
        {
            charter.ToTable("charters");
            charter.HasIndex(c => c.Name).IsUnique();
            charter.Property(c => c.Name).HasMaxLength(200);
            charter.Property(c => c.SourceLanguage).HasMaxLength(35);
            charter.HasMany(c => c.Parts).WithOne().HasForeignKey(p => p.CharterId);
            charter.HasMany(c => c.Clauses).WithOne().HasForeignKey(c => c.CharterId);
            charter.HasMany(c => c.Translations).WithOne().HasForeignKey(t => t.CharterId);
        });

        modelBuilder.Entity<PartRecord>(part =>
        {
            part.ToTable("parts");
            part.HasKey(p => new { p.CharterId, p.Id });
            part.Property(p => p.Id).HasMaxLength(16);
            part.HasMany(p => p.Translations).WithOne().HasForeignKey(t => new { t.CharterId, t.PartId });
        });

        modelBuilder.Entity<ClauseRecord>(clause =>
        {
            clause.ToTable("clauses");
            clause.HasKey(c => new { c.CharterId, c.Id });
            clause.Property(c => c.Id).HasMaxLength(16);
            clause.HasIndex(c => new { c.CharterId, c.Position }).IsUnique();
            clause.HasOne<PartRecord>().WithMany().HasForeignKey(c => new { c.CharterId, c.PartId });
            clause.HasMany(c => c.Translations).WithOne().HasForeignKey(t => new { t.CharterId, t.ClauseId });
        });

        modelBuilder.Entity<CharterTranslationRecord>(translation =>
        {
            translation.ToTable("charter_translations");
            translation.HasKey(t => new { t.CharterId, t.Language });
            translation.Property(t => t.Language).HasMaxLength(35);
        });

        modelBuilder.Entity<PartTranslationRecord>(translation =>
        {
            translation.ToTable("part_translations");
            translation.HasKey(t => new { t.CharterId, t.PartId, t.Language });
            translation.Property(t => t.Language).HasMaxLength(35);
        });

        modelBuilder.Entity<ClauseTranslationRecord>(translation =>
        {
            translation.ToTable("clause_translations");
            translation.HasKey(t => new { t.CharterId, t.ClauseId, t.Language });
            translation.Property(t => t.Language).HasMaxLength(35);
        });
    }
}
