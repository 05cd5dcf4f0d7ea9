using System.Threading.Channels;
using Charter.Crdt;
using Charter.Web.Collaboration.Admission;
using Charter.Web.Storage;

namespace Charter.Web.Collaboration;

/// <summary>
/// The one owner of an open charter's Doc (docs/COLLABORATION.md, "The session"). Work arrives
/// through a channel and runs on one loop, so the Doc is never touched by two threads. For each
/// update: admit and apply it (<see cref="DocUpdateApplier"/>; a refused or malformed one fails its
/// sender only and leaves the Doc as it was) → append to the log and commit (<see cref="CommitBatch"/>)
/// → broadcast to everyone but the sender → complete the sender's call, which is the
/// acknowledgement. Updates queued together are committed in one transaction, so a burst costs one
/// commit, and none is broadcast or acknowledged before it. Compaction is in CharterSession.Compaction.cs.
/// </summary>
/// <remarks>
/// The loop cannot die silently: whatever throws where it was not expected faults the session. The
/// error is logged, every waiting call fails with <see cref="CharterSessionFaultedException"/>, and
/// the registry drops the session, so the next open loads the charter afresh from the store.
/// </remarks>
public sealed partial class CharterSession : IAsyncDisposable
{
    private readonly Channel<SessionWork> _inbox =
        Channel.CreateUnbounded<SessionWork>(new UnboundedChannelOptions { SingleReader = true });

    private readonly StoredCharter _stored;
    private readonly CharterStore _store;
    private readonly ICharterBroadcaster _broadcaster;
    private readonly CollaborationOptions _options;
    private readonly ILogger _logger;
    private readonly DocUpdateApplier _applier;
    private readonly CommitBatch _batch;
    private readonly LogBookkeeping _log;
    private readonly SessionChangeSubscribers _subscribers;
    private readonly SessionChangeSubscribers _faultSubscribers;
    private readonly Task _loop;
    private long _lastSequence;
    private Exception? _fault;

    private CharterSession(
        StoredCharter stored, CharterStore store, ICharterBroadcaster broadcaster, UpdateAdmission admission, CollaborationOptions options, ILogger logger)
    {
        _stored = stored;
        _store = store;
        _broadcaster = broadcaster;
        _options = options;
        _logger = logger;
        _applier = new DocUpdateApplier(stored.Doc, admission, options);
        _batch = new CommitBatch(options);
        _log = new LogBookkeeping(stored);
        _subscribers = new SessionChangeSubscribers(stored.Name, logger);
        _faultSubscribers = new SessionChangeSubscribers(stored.Name, logger);
        _lastSequence = stored.LastSequence;
        _loop = Task.Run(RunAsync);
    }

    public string Name => _stored.Name;

    /// <summary>Set when the session faulted; the registry then drops it.</summary>
    public bool IsFaulted => Volatile.Read(ref _fault) is not null;

    /// <summary>Raised on the session's loop once the session has faulted.</summary>
    internal event Action<CharterSession>? Faulted;

    /// <summary>Loads the charter's Doc from the store and starts its loop.</summary>
    public static async Task<CharterSession> LoadAsync(
        string name,
        CharterStore store,
        ICharterBroadcaster broadcaster,
        UpdateAdmission admission,
        CollaborationOptions options,
        ILogger<CharterSession> logger,
        CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(name, cancellationToken);
        LogLoaded(logger, name, stored.LastSequence, stored.ReplayedUpdates);
        return new CharterSession(stored, store, broadcaster, admission, options, logger);
    }

    /// <summary>
    /// Applies a y-protocols sync step 2 or update frame and completes once it is committed,
    /// broadcast to the others, and acknowledged with its sequence number.
    /// </summary>
    /// <exception cref="MalformedUpdateException">The frame or its update cannot be decoded; nothing changed.</exception>
    /// <exception cref="InvalidSyncMessageException">The frame is a step 1.</exception>
    /// <exception cref="UpdateRefusedException">The update breaks a rule of <see cref="UpdateAdmission"/>; nothing changed.</exception>
    /// <exception cref="CharterSessionFaultedException">The session faulted; join again.</exception>
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
    public IDisposable OnChanged(Action onChanged) => _subscribers.Add(onChanged);

    /// <summary>
    /// Calls <paramref name="onFaulted"/> once the session has faulted, after the registry has
    /// dropped it, so opening the charter again loads it afresh; at once if it has faulted already.
    /// It may be called twice when subscribing races the fault, so it must be idempotent.
    /// </summary>
    /// <returns>Disposing it unsubscribes.</returns>
    public IDisposable OnFaulted(Action onFaulted)
    {
        var subscription = _faultSubscribers.Add(onFaulted);
        if (IsFaulted)
        {
            onFaulted();
        }

        return subscription;
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
        var reader = _inbox.Reader;
        while (await reader.WaitToReadAsync())
        {
            try
            {
                await TakeQueuedAsync(reader);
                if (_batch.Count > 0 && !_batch.IsFull && _batch.UntilNextCommit() is { } wait)
                {
                    // Busy: let more updates join this commit (one fsync, one frame per connection).
                    await Task.Delay(wait);
                    await TakeQueuedAsync(reader);
                }

                await CommitAsync();
                StartDueCompaction();
            }
            catch (Exception unexpected)
            {
                // Thrown where nothing expected it: the Doc and the log may disagree from here on.
                Fault(unexpected);
            }
        }

        await FinishCompactionsAsync();
    }

    /// <summary>Applies what is queued, in order, until the queue is empty or the batch is full.</summary>
    private async Task TakeQueuedAsync(ChannelReader<SessionWork> reader)
    {
        while (!_batch.IsFull && reader.TryRead(out var work))
        {
            if (_fault is not null)
            {
                work.Fail(new CharterSessionFaultedException(Name, _fault));
                continue;
            }

            try
            {
                await RunAsync(work);
            }
            catch (Exception error)
            {
                // The loop faults; this work item is no longer queued, so it is failed here.
                work.Fail(new CharterSessionFaultedException(Name, error));
                throw;
            }
        }
    }

    private async Task RunAsync(SessionWork work)
    {
        switch (work)
        {
            case UpdateWork update:
                if (TryApply(update))
                {
                    _batch.Add(update);
                }

                break;
            case DocReadWork read:
                await CommitAsync();
                read.Run(_stored.Doc);
                break;
            case CompactWork compact:
                await CommitAsync();
                await CompactAndReportAsync(compact);
                break;
            case LogCompactionDoneWork done:
                await CommitAsync();
                await StoreMergedLogAsync(done);
                break;
        }
    }

    /// <summary>Admits and applies one update; on refusal only its sender hears of it.</summary>
    private bool TryApply(UpdateWork work)
    {
        AppliedUpdate applied;
        try
        {
            applied = _applier.Apply(work.SyncMessage, work.Origin);
        }
        catch (Exception error) when (error is MalformedUpdateException or InvalidSyncMessageException or UpdateRefusedException
            or DestructiveEditRefusedException)
        {
            LogRejected(_logger, Name, work.Origin.ConnectionId, error.Message);
            work.Fail(error);
            return false;
        }
        catch
        {
            // Not a refusal: the Doc may be half-changed. The caller's call fails with the rest.
            _batch.Add(work);
            throw;
        }

        work.MissingDependencies = applied.MissingDependencies;
        work.Destructive = applied.Destructive;
        if (applied.Store)
        {
            work.Row = new PendingUpdateRow(++_lastSequence, applied.Update, work.Origin.UserId, applied.AdvancedClient, applied.Clauses);
        }

        return true;
    }

    private async Task CommitAsync()
    {
        if (_batch.Count == 0)
        {
            return;
        }

        var stored = _batch.Works.Where(w => w.Row is not null).ToList();
        if (stored.Count > 0)
        {
            await _store.AppendAsync(_stored.CharterId, [.. stored.Select(w => w.Row!)], CancellationToken.None);
            _batch.NoteCommitted();
            _log.NoteAppended(stored.Count, stored.Sum(w => (long)w.Row!.Update.Length));
            // Queued to every connection in commit order, but not awaited: a slow reader applies
            // backpressure to its own connection only, never to this loop and the others.
            var committed = stored.Select(w => (w.Origin.ConnectionId, w.Row!.Update)).ToList();
            _ = BroadcastAsync(committed, _lastSequence);
        }

        foreach (var work in _batch.Works)
        {
            work.Acknowledge(work.Row?.Sequence ?? _lastSequence);
        }

        _batch.Clear();
        if (stored.Count > 0)
        {
            _subscribers.Notify();
            if (_applier.NoteCommitAndExpirePending())
            {
                LogPendingExpired(_logger, Name, _options.PendingExpiresAfterCommits);
                // Written from the Doc, which no longer holds them, so they leave the log too.
                await CompactAndReportAsync(null);
            }
        }
    }

    /// <summary>Sends a committed batch; a failure is logged and never reaches the loop.</summary>
    private async Task BroadcastAsync(IReadOnlyList<(string? Sender, byte[] Update)> committed, long sequence)
    {
        try
        {
            await CommittedBatchBroadcast.SendAsync(_broadcaster, Name, committed, _logger);
        }
        catch (Exception error)
        {
            // Durable already; peers that missed it get it from their next sync.
            LogBroadcastFailed(_logger, error, Name, sequence);
        }
    }

    private void Fault(Exception error)
    {
        if (_fault is not null)
        {
            return;
        }

        Volatile.Write(ref _fault, error);
        _inbox.Writer.TryComplete();
        LogFaulted(_logger, error, Name);
        var faulted = new CharterSessionFaultedException(Name, error);
        _batch.FailAll(faulted);
        while (_inbox.Reader.TryRead(out var queued))
        {
            queued.Fail(faulted);
        }

        try
        {
            Faulted?.Invoke(this);
        }
        catch (Exception notified)
        {
            LogFaulted(_logger, notified, Name);
        }

        _faultSubscribers.Notify();
    }
}
