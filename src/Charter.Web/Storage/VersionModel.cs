using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Storage;

/// <summary>
/// The <c>versions</c> and <c>version_translations</c> tables. The unique (charter, number) index
/// makes two stewards publishing at once end with one version N and a clear error for the other.
/// </summary>
internal static class VersionModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<VersionRecord>(version =>
        {
            version.ToTable("versions");
            version.HasIndex(v => new { v.CharterId, v.Number }).IsUnique();
            version.Property(v => v.Hash).HasMaxLength(64);
            version.Property(v => v.PreviousHash).HasMaxLength(64);
            version.Property(v => v.PublisherId).HasMaxLength(450);
            version.Property(v => v.PublisherName).HasMaxLength(200);
            version.Property(v => v.Notes).HasMaxLength(4000);
            version.HasOne<CharterRecord>().WithMany().HasForeignKey(v => v.CharterId);
            version.HasMany(v => v.Translations).WithOne().HasForeignKey(t => t.VersionId);
        });

        modelBuilder.Entity<VersionTranslationRecord>(translation =>
        {
            translation.ToTable("version_translations");
            translation.HasKey(t => new { t.VersionId, t.Language });
            translation.Property(t => t.Language).HasMaxLength(35);
        });
    }
}
