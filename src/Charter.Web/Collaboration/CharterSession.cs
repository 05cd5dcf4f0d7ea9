using System.Diagnostics;
using System.Threading.Channels;
using Charter.Crdt;
using Charter.Crdt.Utils;
using Charter.Crdt.Protocols;
using Charter.Domain.Documents;
using Charter.Web.Collaboration.Wire;
using Charter.Web.Storage;

namespace Charter.Web.Collaboration;

/// <summary>
/// The one owner of an open charter's Doc (DESIGN.md §3). Work arrives through a channel and runs
/// on one loop, so the Doc is never touched by two threads. For each update:
/// decode and validate by applying it (a malformed one fails its sender only, and leaves the Doc
/// as it was) → append to the log and commit → broadcast to everyone but the sender → complete
/// the sender's call, which is the acknowledgement. Updates queued together are committed in one
/// transaction, so a burst costs one commit, and none is broadcast or acknowledged before it.
/// </summary>
public sealed partial class CharterSession : IAsyncDisposable
{
    private readonly Channel<SessionWork> _inbox =
        Channel.CreateUnbounded<SessionWork>(new UnboundedChannelOptions { SingleReader = true });

    private readonly List<Action> _changeHandlers = [];
    private readonly StoredCharter _stored;
    private readonly CharterStore _store;
    private readonly ICharterBroadcaster _broadcaster;
    private readonly CollaborationOptions _options;
    private readonly ILogger _logger;
    private readonly Task _loop;
    private long _lastSequence;
    private long _compactedUpTo;
    private long _foldedUpTo;
    private long _snapshotBytes;
    private long _logRows;
    private long _logBytes;
    private Task? _backgroundCompaction;
    private long _lastCommitAt;
    private DocChange? _lastChange;
    private Exception? _fault;

    private CharterSession(
        StoredCharter stored, CharterStore store, ICharterBroadcaster broadcaster, CollaborationOptions options, ILogger logger)
    {
        _stored = stored;
        _store = store;
        _broadcaster = broadcaster;
        _options = options;
        _logger = logger;
        _lastSequence = stored.LastSequence;
        _compactedUpTo = stored.SnapshotUpTo;
        _foldedUpTo = stored.SnapshotUpTo;
        _snapshotBytes = stored.SnapshotBytes;
        _logRows = stored.ReplayedUpdates;
        _logBytes = stored.ReplayedBytes;
        stored.Doc.AfterTransaction += OnAfterTransaction;
        _loop = Task.Run(RunAsync);
    }

    public string Name => _stored.Name;

    /// <summary>Set when a commit failed; the registry then drops the session.</summary>
    public bool IsFaulted => Volatile.Read(ref _fault) is not null;

    /// <summary>Raised on the session's loop once the session has faulted.</summary>
    internal event Action<CharterSession>? Faulted;

    /// <summary>Loads the charter's Doc from the store and starts its loop.</summary>
    public static async Task<CharterSession> LoadAsync(
        string name,
        CharterStore store,
        ICharterBroadcaster broadcaster,
        CollaborationOptions options,
        ILogger<CharterSession> logger,
        CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(name, cancellationToken);
        LogLoaded(logger, name, stored.LastSequence, stored.ReplayedUpdates);
        return new CharterSession(stored, store, broadcaster, options, logger);
    }

    /// <summary>
    /// Applies a y-protocols sync step 2 or update frame and completes once it is committed,
    /// broadcast to the others, and acknowledged with its sequence number.
    /// </summary>
    /// <exception cref="MalformedUpdateException">The frame or its update cannot be decoded; nothing changed.</exception>
    /// <exception cref="InvalidSyncMessageException">The frame is a step 1.</exception>
    public Task<UpdateAcknowledgement> ApplyUpdateAsync(byte[] syncMessage, UpdateOrigin origin)
    {
        var work = new UpdateWork(syncMessage, origin);
        Post(work);
        return work.Done;
    }

    /// <summary>Runs <paramref name="read"/> on the Doc after every update queued before it is committed.</summary>
    public Task<T> ReadAsync<T>(Func<Doc, T> read)
    {
        var work = new ReadWork<T>(read);
        Post(work);
        return work.Done;
    }

    /// <summary>Folds the log into a new snapshot now.</summary>
    public Task CompactAsync()
    {
        var work = new CompactWork();
        Post(work);
        return work.Done;
    }

    /// <summary>
    /// Calls <paramref name="onChanged"/> after each commit of new updates, on the session's loop:
    /// it must return quickly and must not wait for the session (post a read instead).
    /// </summary>
    /// <returns>Disposing it unsubscribes.</returns>
    public IDisposable OnChanged(Action onChanged)
    {
        lock (_changeHandlers)
        {
            _changeHandlers.Add(onChanged);
        }

        return new Subscription(this, onChanged);
    }

    /// <summary>Stops taking work, finishes what is queued, and compacts the log.</summary>
    public async ValueTask DisposeAsync()
    {
        _inbox.Writer.TryComplete();
        await _loop;
    }

    private void Post(SessionWork work)
    {
        if (Volatile.Read(ref _fault) is { } fault)
        {
            work.Fail(new CharterSessionFaultedException(Name, fault));
        }
        else if (!_inbox.Writer.TryWrite(work))
        {
            work.Fail(new CharterSessionFaultedException(Name));
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<UpdateWork>();
        var reader = _inbox.Reader;
        while (await reader.WaitToReadAsync())
        {
            await TakeQueuedAsync(reader, batch);
            if (batch.Count > 0 && batch.Count < _options.MaxUpdatesPerCommit && UntilNextCommit() is { } wait)
            {
                // Busy: let more updates join this commit (one fsync, one frame per connection).
                await Task.Delay(wait);
                await TakeQueuedAsync(reader, batch);
            }

            await CommitAsync(batch);
            if (_fault is null && _backgroundCompaction is null && DueCompaction() is { } due)
            {
                _backgroundCompaction = MergeInBackgroundAsync(due);
            }
        }

        if (_backgroundCompaction is { } running)
        {
            // Its result can no longer be posted; the compaction below covers its rows anyway.
            await running;
        }

        if (_fault is null)
        {
            await CompactAndReportAsync(null);
        }
    }

    /// <summary>Applies what is queued, in order, until the queue is empty or the batch is full.</summary>
    private async Task TakeQueuedAsync(ChannelReader<SessionWork> reader, List<UpdateWork> batch)
    {
        while (batch.Count < _options.MaxUpdatesPerCommit && reader.TryRead(out var work))
        {
            if (_fault is not null)
            {
                work.Fail(new CharterSessionFaultedException(Name, _fault));
                continue;
            }

            switch (work)
            {
                case UpdateWork update:
                    try
                    {
                        if (TryApply(update))
                        {
                            batch.Add(update);
                        }
                    }
                    catch (Exception unexpected)
                    {
                        // Not a decoding error: the Doc may be half-changed, so it is not trusted further.
                        batch.Add(update);
                        Fault(unexpected, batch);
                    }

                    break;
                case DocReadWork read:
                    await CommitAsync(batch);
                    if (_fault is null)
                    {
                        read.Run(_stored.Doc);
                    }
                    else
                    {
                        read.Fail(new CharterSessionFaultedException(Name, _fault));
                    }

                    break;
                case CompactWork compact:
                    await CommitAsync(batch);
                    await CompactAndReportAsync(compact);
                    break;
                case LogCompactionDoneWork done:
                    await CommitAsync(batch);
                    await StoreMergedLogAsync(done);
                    break;
            }
        }
    }

    /// <summary>
    /// How long to wait before committing, or null to commit now. Commits are at least
    /// <see cref="CollaborationOptions.MinimumCommitInterval"/> apart, so someone typing alone is
    /// committed at once, while under many editors each commit carries every update of its interval.
    /// </summary>
    private TimeSpan? UntilNextCommit()
    {
        var wait = _options.MinimumCommitInterval - Stopwatch.GetElapsedTime(_lastCommitAt);
        return wait > TimeSpan.Zero ? wait : null;
    }

    /// <summary>
    /// The compaction the log is due for, if any (see <see cref="CollaborationOptions.CompactAfterUpdates"/>
    /// and <see cref="CollaborationOptions.FoldLogAfterUpdates"/>). None while the Doc holds pending
    /// structs: a snapshot or folded row must hold nothing half-integrated.
    /// </summary>
    private LogCompaction? DueCompaction()
    {
        if (_stored.Doc.HasPending)
        {
            return null;
        }

        if (_logRows >= _options.CompactAfterUpdates && _logBytes * 2 >= _snapshotBytes)
        {
            return new LogCompaction(LogCompactionKind.RewriteSnapshot, _compactedUpTo, _lastSequence);
        }

        return _lastSequence - _foldedUpTo >= _options.FoldLogAfterUpdates
            ? new LogCompaction(LogCompactionKind.FoldRows, _foldedUpTo, _lastSequence)
            : null;
    }

    /// <summary>Merges off the loop, then hands the result back to the loop to write.</summary>
    private async Task MergeInBackgroundAsync(LogCompaction plan)
    {
        // Returns to the loop at once; the reads and the merge run on a pool thread.
        await Task.Yield();
        try
        {
            var merged = await plan.MergeAsync(_store, _stored.CharterId);
            Post(new LogCompactionDoneWork(merged, null));
        }
        catch (Exception error)
        {
            Post(new LogCompactionDoneWork(null, error));
        }
    }

    /// <summary>Writes a background merge, unless the log moved past it (a compaction from the Doc covered it).</summary>
    private async Task StoreMergedLogAsync(LogCompactionDoneWork done)
    {
        _backgroundCompaction = null;
        if (done.Error is { } error)
        {
            LogCompactionFailed(_logger, error, Name);
            return;
        }

        if (done.Merged is not { } merged || merged.Plan.UpToSequence <= _compactedUpTo)
        {
            return;
        }

        var plan = merged.Plan;
        try
        {
            if (plan.Kind == LogCompactionKind.RewriteSnapshot)
            {
                await _store.CompactAsync(_stored.CharterId, merged.Update, plan.UpToSequence, CancellationToken.None);
                NoteSnapshotStored(plan.UpToSequence, merged.Update.Length, merged.RowsMerged, merged.RowBytesMerged);
            }
            else
            {
                await _store.FoldLogAsync(_stored.CharterId, plan.AfterSequence, plan.UpToSequence, merged.Update, CancellationToken.None);
                _foldedUpTo = plan.UpToSequence;
                _logRows -= merged.RowsMerged - 1;
                _logBytes -= merged.RowBytesMerged - merged.Update.Length;
            }
        }
        catch (Exception failure)
        {
            // The old snapshot and every row are still there, so nothing is lost; try again later.
            LogCompactionFailed(_logger, failure, Name);
        }
    }

    /// <summary>Validates and applies one update; on failure only its sender hears of it.</summary>
    private bool TryApply(UpdateWork work)
    {
        try
        {
            var frame = SyncFrame.Read(work.SyncMessage);
            if (frame.Type == SyncMessageType.SyncStep1)
            {
                throw new InvalidSyncMessageException(
                    "Update takes a sync step 2 or update frame; a step 1 (state vector) goes to Join.");
            }

            work.Destructive = DestructiveEditPolicy.Admit(_stored.Doc, frame.Payload, work.Origin, _options);
            _lastChange = null;
            var hadPending = _stored.Doc.HasPending;
            Y.ApplyUpdate(_stored.Doc, frame.Payload, work.Origin);
            // Pending before and still pending, yet this update integrated something: it was not
            // the cause, so its sender is not asked to resync.
            work.MissingDependencies = _stored.Doc.HasPending && (!hadPending || _lastChange is null);
            // An update that adds nothing (a peer's empty sync step 2, a resend) is neither stored
            // nor broadcast; one that only added pending structs is stored, since the Doc holds them.
            if (_lastChange is not null || _stored.Doc.HasPending)
            {
                work.Row = new PendingUpdateRow(++_lastSequence, frame.Payload, work.Origin.UserId, _lastChange?.AdvancedClient, _lastChange?.Clauses);
            }

            return true;
        }
        catch (Exception error) when (error is MalformedUpdateException or InvalidSyncMessageException or DestructiveEditRefusedException)
        {
            LogRejected(_logger, Name, work.Origin.ConnectionId, error.Message);
            work.Fail(error);
            return false;
        }
    }

    /// <summary>Notes what the transaction changed, the way yjs decides whether to emit an update.</summary>
    private void OnAfterTransaction(Transaction transaction)
    {
        long? advanced = null;
        foreach (var (client, clock) in transaction.AfterState)
        {
            if (transaction.BeforeState.GetValueOrDefault(client, -1) != clock)
            {
                advanced = client;
                break;
            }
        }

        if (advanced is not null || transaction.DeleteSet.Clients.Count > 0)
        {
            _lastChange = new DocChange(advanced, ClausesTouched.In(transaction));
        }
    }

    private sealed record DocChange(long? AdvancedClient, IReadOnlyCollection<string> Clauses);

    private async Task CommitAsync(List<UpdateWork> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var stored = batch.Where(w => w.Row is not null).ToList();
        try
        {
            if (stored.Count > 0)
            {
                await _store.AppendAsync(_stored.CharterId, [.. stored.Select(w => w.Row!)], CancellationToken.None);
                _lastCommitAt = Stopwatch.GetTimestamp();
                _logRows += stored.Count;
                _logBytes += stored.Sum(w => (long)w.Row!.Update.Length);
            }
        }
        catch (Exception error)
        {
            Fault(error, batch);
            return;
        }

        if (stored.Count > 0)
        {
            // Queued to every connection in commit order, but not awaited: a slow reader applies
            // backpressure to its own connection only, never to this loop and the others.
            var committed = stored.Select(w => (w.Origin.ConnectionId, w.Row!.Update)).ToList();
            _ = ObserveBroadcastAsync(CommittedBatchBroadcast.SendAsync(_broadcaster, Name, committed), _lastSequence);
        }

        foreach (var work in batch)
        {
            work.Acknowledge(work.Row?.Sequence ?? _lastSequence);
        }

        batch.Clear();
        if (stored.Count > 0)
        {
            NotifyChanged();
        }
    }

    private async Task ObserveBroadcastAsync(Task broadcast, long sequence)
    {
        try
        {
            await broadcast;
        }
        catch (Exception error)
        {
            // Durable already; peers that missed it get it from their next sync.
            LogBroadcastFailed(_logger, error, Name, sequence);
        }
    }

    private async Task CompactAndReportAsync(CompactWork? requested)
    {
        if (_lastSequence <= _compactedUpTo || _stored.Doc.HasPending)
        {
            // Pending structs are kept only as log rows: a snapshot must hold nothing half-integrated.
            requested?.Complete();
            return;
        }

        try
        {
            var state = Y.EncodeStateAsUpdate(_stored.Doc);
            await _store.CompactAsync(_stored.CharterId, state, _lastSequence, CancellationToken.None);
            NoteSnapshotStored(_lastSequence, state.Length, _logRows, _logBytes);
            requested?.Complete();
        }
        catch (Exception error)
        {
            // The old snapshot and every row are still there, so nothing is lost; try again later.
            LogCompactionFailed(_logger, error, Name);
            requested?.Fail(error);
        }
    }

    /// <summary>A new snapshot covering every row up to <paramref name="upTo"/> is stored, and those rows are gone.</summary>
    private void NoteSnapshotStored(long upTo, long snapshotBytes, long rowsCovered, long rowBytesCovered)
    {
        _compactedUpTo = upTo;
        _foldedUpTo = Math.Max(_foldedUpTo, upTo);
        _snapshotBytes = snapshotBytes;
        _logRows -= rowsCovered;
        _logBytes -= rowBytesCovered;
    }

    private void Fault(Exception error, List<UpdateWork> batch)
    {
        _fault = error;
        _inbox.Writer.TryComplete();
        LogFaulted(_logger, error, Name);
        var faulted = new CharterSessionFaultedException(Name, error);
        foreach (var work in batch)
        {
            work.Fail(faulted);
        }

        batch.Clear();
        Faulted?.Invoke(this);
    }

    private void NotifyChanged()
    {
        Action[] handlers;
        lock (_changeHandlers)
        {
            handlers = [.. _changeHandlers];
        }

        foreach (var handler in handlers)
        {
            try
            {
                handler();
            }
            catch (Exception error)
            {
                LogObserverFailed(_logger, error, Name);
            }
        }
    }

    private sealed class Subscription(CharterSession session, Action handler) : IDisposable
    {
        public void Dispose()
        {
            lock (session._changeHandlers)
            {
                session._changeHandlers.Remove(handler);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Opened charter {Name} at update {LastSequence} ({Replayed} replayed from the log).")]
    private static partial void LogLoaded(ILogger logger, string name, long lastSequence, int replayed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected an update to charter {Name} from connection {ConnectionId}: {Problem}")]
    private static partial void LogRejected(ILogger logger, string name, string? connectionId, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not broadcast the updates up to {Sequence} of charter {Name}.")]
    private static partial void LogBroadcastFailed(ILogger logger, Exception error, string name, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not compact charter {Name}; its log is kept and compaction will be retried.")]
    private static partial void LogCompactionFailed(ILogger logger, Exception error, string name);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not commit updates to charter {Name}; the session is closed and will be reloaded from the store.")]
    private static partial void LogFaulted(ILogger logger, Exception error, string name);

    [LoggerMessage(Level = LogLevel.Error, Message = "A change observer of charter {Name} failed.")]
    private static partial void LogObserverFailed(ILogger logger, Exception error, string name);
}
