using System.Text.Json;
using Charter.Domain.Versions;
using Charter.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Versions;

/// <summary>
/// Reads and appends published versions. Versions belong to the charter the site shows (the first
/// stored one, as on the home page); the URLs <c>/v/N</c> and <c>/compare/A...B</c> name no charter.
/// </summary>
public sealed class VersionStore(IDbContextFactory<CharterDbContext> databases)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The charter versions are published for, or null before any charter is stored.</summary>
    public async Task<PublishedCharter?> FindCharterAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Charters.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new PublishedCharter(c.Id, c.Name))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Every version of the charter, oldest first, as stored (nothing is checked here).</summary>
    public async Task<IReadOnlyList<CharterVersion>> ListAsync(PublishedCharter charter, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var records = await db.Versions.AsNoTracking().Include(v => v.Translations)
            .Where(v => v.CharterId == charter.Id).OrderBy(v => v.Number).ToListAsync(cancellationToken);
        return records.ConvertAll(ToVersion);
    }

    public async Task<CharterVersion?> FindAsync(PublishedCharter charter, int number, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var record = await db.Versions.AsNoTracking().Include(v => v.Translations)
            .FirstOrDefaultAsync(v => v.CharterId == charter.Id && v.Number == number, cancellationToken);
        return record is null ? null : ToVersion(record);
    }

    public async Task<CharterVersion?> FindLatestAsync(PublishedCharter charter, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var record = await db.Versions.AsNoTracking().Include(v => v.Translations)
            .Where(v => v.CharterId == charter.Id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        return record is null ? null : ToVersion(record);
    }

    /// <summary>Stores a new version.</summary>
    /// <exception cref="VersionConflictException">Version N was stored by someone else in the meantime.</exception>
    public async Task AddAsync(PublishedCharter charter, CharterVersion version, string? publisherId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Versions.Add(new VersionRecord
        {
            CharterId = charter.Id,
            Number = version.Number,
            Notes = version.Notes,
            PublishedAt = version.PublishedAt,
            PublisherId = publisherId,
            PublisherName = version.Publisher,
            Markdown = version.Markdown,
            Snapshot = version.Snapshot,
            ChangelogJson = JsonSerializer.Serialize(version.Changelog, Json),
            PreviousHash = version.PreviousHash,
            Hash = version.Hash,
            Translations = [.. version.Translations.Select(t => new VersionTranslationRecord
            {
                Language = t.Language,
                Markdown = t.Markdown,
                StaleEntryIds = string.Join(' ', t.StaleEntryIds),
            })],
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error)
        {
            if (await ExistsAsync(charter, version.Number, cancellationToken))
            {
                throw new VersionConflictException(version.Number, error);
            }

            throw;
        }
    }

    private async Task<bool> ExistsAsync(PublishedCharter charter, int number, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Versions.AnyAsync(v => v.CharterId == charter.Id && v.Number == number, cancellationToken);
    }

    private static CharterVersion ToVersion(VersionRecord record) => new(
        record.Number,
        record.Notes,
        record.PublishedAt,
        record.PublisherName,
        record.Markdown,
        [.. record.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new VersionTranslation(
            t.Language, t.Markdown, t.StaleEntryIds.Split(' ', StringSplitOptions.RemoveEmptyEntries)))],
        record.Snapshot,
        ReadChangelog(record),
        record.PreviousHash,
        record.Hash);

    /// <summary>
    /// The changelog is not covered by the hash; an unreadable one is shown as empty rather than
    /// hiding the version (verify still checks the text itself).
    /// </summary>
    private static Changelog ReadChangelog(VersionRecord record)
    {
        try
        {
            return JsonSerializer.Deserialize<Changelog>(record.ChangelogJson, Json) ?? new Changelog(record.Number == 1, [], []);
        }
        catch (JsonException)
        {
            return new Changelog(record.Number == 1, [], []);
        }
    }
}
