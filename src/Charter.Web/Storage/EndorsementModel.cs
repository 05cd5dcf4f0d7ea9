using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Storage;

/// <summary>
/// The <c>endorsements</c> and <c>endorsement_settings</c> tables. The unique filtered index allows
/// one standing endorsement per endorser and version, so two clicks (or two delegates of one
/// organisation) at once end with one endorsement.
/// </summary>
internal static class EndorsementModel
{
    public const string OneStandingIndex = "IX_endorsements_one_standing";

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EndorsementRecord>(endorsement =>
        {
            endorsement.ToTable("endorsements");
            endorsement.HasIndex(e => new { e.CharterId, e.VersionNumber });
            endorsement.HasIndex(e => new { e.CharterId, e.VersionNumber, e.Kind, e.EndorserKey })
                .HasDatabaseName(OneStandingIndex)
                .IsUnique()
                .HasFilter("\"ConfirmedAt\" IS NOT NULL AND \"WithdrawnAt\" IS NULL AND \"HiddenAt\" IS NULL");
            endorsement.Property(e => e.VersionHash).HasMaxLength(64);
            endorsement.Property(e => e.Kind).HasMaxLength(16);
            endorsement.Property(e => e.EndorserKey).HasMaxLength(450);
            endorsement.Property(e => e.PersonId).HasMaxLength(450);
            endorsement.Property(e => e.Name).HasMaxLength(200);
            endorsement.Property(e => e.SignedBy).HasMaxLength(200);
            endorsement.Property(e => e.Email).HasMaxLength(256);
            endorsement.Property(e => e.Country).HasMaxLength(80);
            endorsement.HasOne<CharterRecord>().WithMany().HasForeignKey(e => e.CharterId);
        });

        modelBuilder.Entity<EndorsementSettingsRecord>(settings =>
        {
            settings.ToTable("endorsement_settings");
            settings.HasKey(s => s.CharterId);
            settings.Property(s => s.Signing).HasMaxLength(16);
            settings.HasOne<CharterRecord>().WithOne().HasForeignKey<EndorsementSettingsRecord>(s => s.CharterId);
        });
    }
}
