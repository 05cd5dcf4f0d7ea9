using Charter.Domain.Versions;
using Charter.Web.Accounts;
using Charter.Web.Audit;
using Charter.Web.Collaboration;
using Charter.Web.History;

namespace Charter.Web.Versions;

/// <summary>
/// Publishes the live text as the next version (docs/VERSIONS.md): reads the charter's Doc on its
/// session, builds the version with its changelog and chained hash, stores it, and writes the
/// publication to the audit log. <see cref="MayPublish"/> is the one place that decides who may.
/// </summary>
public sealed class VersionPublishing(
    VersionStore store,
    CharterSessionRegistry sessions,
    IAdoptedAmendments amendments,
    IAuditLog audit,
    PeopleRoster roster,
    CharterHistory history,
    TimeProvider clock)
{
    public const int MaxNotesLength = 4000;

    public const string AuditAction = AuditActions.VersionPublished;

    /// <summary>Only active stewards publish.</summary>
    public static bool MayPublish(PersonStanding? person) => person is { IsActive: true, Role: CharterRole.Steward };

    /// <summary>
    /// Publishes on behalf of <paramref name="asker"/>, whose standing is read afresh from the
    /// roster by id: a standing the caller read earlier (a page loaded before a demotion) decides nothing.
    /// </summary>
    /// <exception cref="VersionPublishException">Not an active steward now, no notes or notes too long, no charter stored, or a live text that cannot be written as Markdown.</exception>
    /// <exception cref="VersionConflictException">Someone published the same number first.</exception>
    public async Task<CharterVersion> PublishAsync(PersonStanding? asker, string? notes, CancellationToken cancellationToken)
    {
        var publisher = asker is null ? null : await roster.FindAsync(asker.Id, cancellationToken);
        if (!MayPublish(publisher))
        {
            throw new VersionPublishException("NotSteward", "only stewards can publish a version");
        }

        notes = notes?.Trim() ?? "";
        if (notes.Length == 0)
        {
            throw new VersionPublishException("NotesMissing", "write a few words of notes: what this version is and why it is published");
        }

        if (notes.Length > MaxNotesLength)
        {
            throw new VersionPublishException("NotesTooLong", $"the notes are {notes.Length} characters long; at most {MaxNotesLength} are kept");
        }

        var charter = await store.FindCharterAsync(cancellationToken)
            ?? throw new VersionPublishException("NoCharter", "no charter is stored yet, so there is nothing to publish");
        var latest = await store.FindLatestAsync(charter, cancellationToken);
        var adopted = await amendments.ListAdoptedAsync(charter.Name, latest?.PublishedAt, cancellationToken);
        var now = clock.GetUtcNow();
        CharterVersion version;
        await using (var lease = await sessions.OpenAsync(charter.Name, cancellationToken))
        {
            try
            {
                version = await lease.Session.ReadAsync(doc => VersionPublisher.Publish(doc, latest, notes, publisher!.DisplayName, now, adopted));
            }
            catch (ArgumentException unwritable)
            {
                // The live text cannot be written as a version (for example a clause left before
                // every part by concurrent moves); say what, and publish nothing.
                throw new VersionPublishException("NotExportable", unwritable.Message);
            }
        }

        await store.AddAsync(charter, version, publisher!.Id, cancellationToken);
        await audit.AppendAsync(
            new AuditRecord(publisher.Id, publisher.DisplayName, AuditAction, $"{charter.Name} v{version.Number}", AuditDetails.VersionPublished.Write(version.Hash, notes)),
            cancellationToken);
        await history.TakeAsync(charter.Name, HistoryReasons.Publication, publisher.Id, publisher.DisplayName, $"v{version.Number}", cancellationToken);
        return version;
    }
}
