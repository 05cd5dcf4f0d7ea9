using Charter.Crdt;

namespace Charter.Web.Collaboration;

/// <summary>Something a <see cref="CharterSession"/> does on its own loop, in arrival order.</summary>
internal abstract class SessionWork
{
    public abstract void Fail(Exception error);
}

/// <summary>An incoming update frame; completes with its acknowledgement once committed.</summary>
internal sealed class UpdateWork(byte[] syncMessage, UpdateOrigin origin) : SessionWork
{
    private readonly TaskCompletionSource<UpdateAcknowledgement> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public byte[] SyncMessage { get; } = syncMessage;

    public UpdateOrigin Origin { get; } = origin;

    public Task<UpdateAcknowledgement> Done => _done.Task;

    /// <summary>Set once the update is applied, if it changed the Doc: its log row.</summary>
    public Storage.PendingUpdateRow? Row { get; set; }

    public bool MissingDependencies { get; set; }

    /// <summary>Set before it is applied when <see cref="DestructiveEditPolicy"/> found it destructive and let it through.</summary>
    public DestructiveEdit? Destructive { get; set; }

    /// <param name="sequence">The update's own row, or for an update that changed nothing the last committed one.</param>
    public void Acknowledge(long sequence) =>
        _done.TrySetResult(new UpdateAcknowledgement(sequence, MissingDependencies) { Destructive = Destructive });

    public override void Fail(Exception error) => _done.TrySetException(error);
}

/// <summary>Reads the Doc on the session's loop, after every earlier update is committed.</summary>
internal abstract class DocReadWork : SessionWork
{
    public abstract void Run(Doc doc);
}

internal sealed class ReadWork<T>(Func<Doc, T> read) : DocReadWork
{
    private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Done => _done.Task;

    public override void Run(Doc doc)
    {
        try
        {
            _done.TrySetResult(read(doc));
        }
        catch (Exception error)
        {
            _done.TrySetException(error);
        }
    }

    public override void Fail(Exception error) => _done.TrySetException(error);
}

/// <summary>Folds the log into a new snapshot now.</summary>
internal sealed class CompactWork : SessionWork
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Done => _done.Task;

    public void Complete() => _done.TrySetResult();

    public override void Fail(Exception error) => _done.TrySetException(error);
}

/// <summary>A background <see cref="LogCompaction"/> finished: its merge to write, or why it failed.</summary>
internal sealed class LogCompactionDoneWork(MergedLog? merged, Exception? error) : SessionWork
{
    /// <summary>Null when it failed or the snapshot moved on meanwhile.</summary>
    public MergedLog? Merged { get; } = merged;

    public Exception? Error { get; } = error;

    /// <summary>Nobody waits for it: a session that stopped simply drops it.</summary>
    public override void Fail(Exception error)
    {
    }
}
