using Charter.Web.Accounts.Organisations;
using Charter.Web.Audit;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Charter.Web.Accounts;

/// <summary>
/// People (ASP.NET Core Identity), organisations and their people, invitations, the first-start setup token and the audit log.
/// It lives in the same SQLite file as the charters but has its own migrations and history table,
/// so accounts and charter storage can change without touching each other's migrations.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<Person>(options), IAuditStore
{
    public const string MigrationsHistoryTable = "__AccountsMigrationsHistory";

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<SetupToken> SetupTokens => Set<SetupToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<OrganisationMembership> OrganisationMemberships => Set<OrganisationMembership>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare DateTimeOffset text; as ticks it orders and filters exactly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Person>(person =>
        {
            person.Property(p => p.DisplayName).HasMaxLength(100);
            person.Property(p => p.PreferredLanguage).HasMaxLength(8);
            person.Property(p => p.PresenceColour).HasMaxLength(7);
            person.Property(p => p.Role).HasConversion<string>().HasMaxLength(16);
        });

        builder.Entity<Invitation>(invitation =>
        {
            invitation.ToTable("invitations");
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.Property(i => i.TokenHash).HasMaxLength(64);
            invitation.Property(i => i.Role).HasConversion<string>().HasMaxLength(16);
            invitation.Property(i => i.Note).HasMaxLength(200);
        });

        builder.Entity<SetupToken>(token =>
        {
            token.ToTable("setup_tokens");
            token.Property(t => t.TokenHash).HasMaxLength(64);
        });

        builder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_log");
            entry.HasKey(e => e.Sequence);
            entry.Property(e => e.Sequence).ValueGeneratedNever();
            entry.Property(e => e.PreviousHash).HasMaxLength(64);
            entry.Property(e => e.Hash).HasMaxLength(64);
            entry.HasIndex(e => e.Action);
            entry.HasIndex(e => e.At);
        });

        builder.Entity<Organisation>(organisation =>
        {
            organisation.ToTable("organisations");
            organisation.Property(o => o.Name).HasMaxLength(OrganisationInput.NameMaxLength);
            organisation.Property(o => o.Country).HasMaxLength(OrganisationInput.CountryMaxLength);
            organisation.Property(o => o.Website).HasMaxLength(OrganisationInput.WebsiteMaxLength);
            organisation.Property(o => o.Description).HasMaxLength(OrganisationInput.DescriptionMaxLength);
            organisation.Property(o => o.DescriptionLanguage).HasMaxLength(8);
        });

        builder.Entity<OrganisationMembership>(membership =>
        {
            membership.ToTable("organisation_members");
            membership.HasKey(m => new { m.OrganisationId, m.PersonId });
            membership.HasIndex(m => m.PersonId);
            membership.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId);
            membership.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId);
        });
    }
}
