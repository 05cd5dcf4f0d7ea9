using Charter.Crdt;
using Charter.Domain.Translations;
using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Wire;

namespace Charter.Web.Translations;

/// <summary>
/// Changes to translations (of clauses, part titles, and the title and preamble) made by the server on someone's behalf: starting a translation
/// and confirming one. Each is worked out on a copy of the charter's Doc, and the resulting update
/// goes through the charter's session like any browser's edit: validated, stored, broadcast to
/// every open page (the asker's too) and acknowledged. The live Doc is only ever touched by its
/// session.
/// </summary>
public sealed class TranslationCommands(CharterSessionRegistry sessions)
{
    /// <summary>Adds an empty translation of the entry (clause id, part id or <c>meta</c>) unless one exists.</summary>
    /// <exception cref="TranslationException">No such entry, or not a translation language.</exception>
    public Task StartAsync(string charter, string entryId, string language, string? userId, CancellationToken cancellationToken) =>
        RunAsync(charter, doc => CharterTranslations.Start(doc, entryId, language), userId, cancellationToken);

    /// <summary>Stamps the entry's translation with the hash of its source text as it is now.</summary>
    /// <exception cref="TranslationException">No such entry or translation, or not a translation language.</exception>
    public Task ConfirmAsync(string charter, string entryId, string language, string? userId, CancellationToken cancellationToken) =>
        RunAsync(charter, doc => CharterTranslations.Confirm(doc, entryId, language), userId, cancellationToken);

    private async Task RunAsync(string charter, Action<Doc> change, string? userId, CancellationToken cancellationToken)
    {
        await using var lease = await sessions.OpenAsync(charter, cancellationToken);
        var update = await lease.Session.ReadAsync(doc => ChangeOnCopy(doc, change));
        if (update is not null)
        {
            await lease.Session.ApplyUpdateAsync(SyncFrame.WriteUpdate(update), new UpdateOrigin(null, userId));
        }
    }

    /// <summary>
    /// The update that <paramref name="change"/> makes to a copy of <paramref name="doc"/> (with a
    /// fresh client id of its own), or null when it changes nothing.
    /// </summary>
    private static byte[]? ChangeOnCopy(Doc doc, Action<Doc> change)
    {
        var copy = new Doc();
        Y.ApplyUpdate(copy, Y.EncodeStateAsUpdate(doc));
        byte[]? update = null;
        copy.Update += (bytes, _, _) => update = update is null ? bytes : Y.MergeUpdates([update, bytes]);
        change(copy);
        return update;
    }
}
