using Charter.Domain.Ballots;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Charter.Web.Governance;

/// <summary>
/// Amendments, their comments, ballots, votes and notifications. Same SQLite file as the
/// charters, own migrations and history table, so it changes without touching theirs.
/// </summary>
public sealed class GovernanceDbContext(DbContextOptions<GovernanceDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__GovernanceMigrationsHistory";

    /// <summary>The unique index that allows one open ballot per subject.</summary>
    public const string OpenBallotPerSubjectIndex = "IX_ballots_one_open_per_subject";

    public DbSet<AmendmentRecord> Amendments => Set<AmendmentRecord>();

    public DbSet<AmendmentCommentRecord> Comments => Set<AmendmentCommentRecord>();

    public DbSet<BallotRecord> Ballots => Set<BallotRecord>();

    public DbSet<VoteRow> Votes => Set<VoteRow>();

    public DbSet<SecretVoteRow> SecretVotes => Set<SecretVoteRow>();

    public DbSet<BallotVoterRow> Voters => Set<BallotVoterRow>();

    public DbSet<NotificationRecord> Notifications => Set<NotificationRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare DateTimeOffset text; as ticks it orders and filters exactly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<AmendmentRecord>(amendment =>
        {
            amendment.ToTable("amendments");
            amendment.HasIndex(a => new { a.Charter, a.ClauseId });
            amendment.Property(a => a.Charter).HasMaxLength(100);
            amendment.Property(a => a.AuthorId).HasMaxLength(64);
            amendment.Property(a => a.Title).HasMaxLength(200);
            amendment.Property(a => a.ClauseId).HasMaxLength(16);
            amendment.Property(a => a.AfterClauseId).HasMaxLength(16);
            amendment.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
            amendment.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            amendment.Property(a => a.StatusBeforeConflict).HasConversion<string>().HasMaxLength(16);
        });

        builder.Entity<AmendmentCommentRecord>(comment =>
        {
            comment.ToTable("amendment_comments");
            comment.HasIndex(c => new { c.AmendmentId, c.Id });
            comment.Property(c => c.AuthorId).HasMaxLength(64);
            comment.Property(c => c.Markdown).HasMaxLength(20_000);
        });

        builder.Entity<BallotRecord>(ballot =>
        {
            ballot.ToTable("ballots");
            ballot.HasIndex(b => new { b.ClosedAt, b.Deadline });
            // One open ballot per subject: a second open refuses at the database, whoever races.
            ballot.HasIndex(b => new { b.Charter, b.SubjectKind, b.SubjectReference })
                .HasDatabaseName(OpenBallotPerSubjectIndex)
                .IsUnique()
                .HasFilter("\"ClosedAt\" IS NULL");
            ballot.Property(b => b.Charter).HasMaxLength(100);
            ballot.Property(b => b.SubjectKind).HasConversion<string>().HasMaxLength(16);
            ballot.Property(b => b.SubjectReference).HasMaxLength(64);
            ballot.Property(b => b.Threshold).HasConversion<string>().HasMaxLength(16);
            ballot.Property(b => b.Outcome).HasConversion<string>().HasMaxLength(16);
            ballot.Property(b => b.OpenedBy).HasMaxLength(64);
            ballot.Property(b => b.Unit).HasConversion<string>().HasMaxLength(16);
        });

        builder.Entity<VoteRow>(vote =>
        {
            vote.ToTable("votes");
            vote.HasKey(v => new { v.BallotId, v.Sequence });
            vote.Property(v => v.Sequence).ValueGeneratedNever();
            vote.Property(v => v.MemberId).HasMaxLength(64);
            vote.Property(v => v.CastBy).HasMaxLength(64);
            vote.Property(v => v.Option).HasConversion<string>().HasMaxLength(16);
        });

        builder.Entity<SecretVoteRow>(vote =>
        {
            vote.ToTable("secret_votes");
            vote.HasKey(v => new { v.BallotId, v.VoterKey });
            vote.Property(v => v.VoterKey).HasMaxLength(64);
            vote.Property(v => v.Option).HasConversion<string>().HasMaxLength(16);
        });

        builder.Entity<BallotVoterRow>(voter =>
        {
            voter.ToTable("ballot_voters");
            voter.HasKey(v => new { v.BallotId, v.MemberId });
            voter.Property(v => v.MemberId).HasMaxLength(64);
        });

        builder.Entity<NotificationRecord>(notification =>
        {
            notification.ToTable("notifications");
            notification.HasIndex(n => new { n.PersonId, n.ReadAt });
            notification.Property(n => n.PersonId).HasMaxLength(64);
            notification.Property(n => n.Kind).HasMaxLength(32);
            notification.Property(n => n.Subject).HasMaxLength(200);
            notification.Property(n => n.Link).HasMaxLength(200);
        });
    }
}
