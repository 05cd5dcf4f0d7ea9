using Charter.Domain.Endorsements;
using Charter.Web.Storage;
using Charter.Web.Versions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Endorsements;

/// <summary>
/// Reads and writes the endorsement tables. It checks nothing about who asks: <see cref="Endorsing"/>,
/// <see cref="PublicSigning"/> and <see cref="EndorsementModeration"/> do, before calling it.
/// </summary>
public sealed class EndorsementStore(IDbContextFactory<CharterDbContext> databases) : IVersionEndorsements
{
    public async Task<IReadOnlyList<Endorsement>> ListAsync(PublishedCharter charter, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var records = await db.Endorsements.AsNoTracking()
            .Where(e => e.CharterId == charter.Id && e.ConfirmedAt != null && e.WithdrawnAt == null && e.HiddenAt == null)
            .ToListAsync(cancellationToken);
        return records.ConvertAll(ToEndorsement);
    }

    public async Task<EndorsementRecord?> FindAsync(PublishedCharter charter, long id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Endorsements.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.CharterId == charter.Id, cancellationToken);
    }

    /// <exception cref="EndorsementException"><c>AlreadyEndorsed</c>: this endorser's standing endorsement of the version exists.</exception>
    public async Task<long> AddAsync(EndorsementRecord record, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Endorsements.Add(record);
        await SaveAsync(db, cancellationToken);
        return record.Id;
    }

    /// <summary>Confirms a public signature that waits for it; false when there is none waiting.</summary>
    /// <exception cref="EndorsementException"><c>AlreadyEndorsed</c>: the same address confirmed another signature of this version.</exception>
    public async Task<bool> ConfirmAsync(long id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var record = await db.Endorsements.FirstOrDefaultAsync(e => e.Id == id && e.ConfirmedAt == null && e.WithdrawnAt == null && e.HiddenAt == null, cancellationToken);
        if (record is null)
        {
            return false;
        }

        record.ConfirmedAt = at;
        await SaveAsync(db, cancellationToken);
        return true;
    }

    /// <summary>Marks a standing endorsement withdrawn; false when it was already withdrawn or hidden.</summary>
    public Task<bool> WithdrawAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        MarkAsync(id, e => e.WithdrawnAt = at, cancellationToken);

    /// <summary>Marks a standing endorsement hidden; false when it was already withdrawn or hidden.</summary>
    public Task<bool> HideAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        MarkAsync(id, e => e.HiddenAt = at, cancellationToken);

    public async Task<SigningMode> GetSigningAsync(PublishedCharter charter, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var stored = await db.EndorsementSettings.AsNoTracking().Where(s => s.CharterId == charter.Id).Select(s => s.Signing).FirstOrDefaultAsync(cancellationToken);
        return Enum.TryParse<SigningMode>(stored, out var mode) ? mode : SigningMode.MembersOnly;
    }

    public async Task SetSigningAsync(PublishedCharter charter, SigningMode mode, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var settings = await db.EndorsementSettings.FirstOrDefaultAsync(s => s.CharterId == charter.Id, cancellationToken);
        if (settings is null)
        {
            db.EndorsementSettings.Add(new EndorsementSettingsRecord { CharterId = charter.Id, Signing = mode.ToString() });
        }
        else
        {
            settings.Signing = mode.ToString();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public static Endorsement ToEndorsement(EndorsementRecord record) => new(
        record.Id,
        Enum.Parse<EndorserKind>(record.Kind),
        record.EndorserKey,
        record.Name,
        record.SignedBy,
        record.Country,
        record.VersionNumber,
        record.VersionHash,
        record.ConfirmedAt ?? record.CreatedAt);

    private async Task<bool> MarkAsync(long id, Action<EndorsementRecord> mark, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var record = await db.Endorsements.FirstOrDefaultAsync(e => e.Id == id && e.WithdrawnAt == null && e.HiddenAt == null, cancellationToken);
        if (record is null)
        {
            return false;
        }

        mark(record);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static async Task SaveAsync(CharterDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (error.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            // The one-standing index (EndorsementModel): this endorser already endorsed the version.
            throw new EndorsementException("AlreadyEndorsed", "this version already carries that endorsement");
        }
    }
}
