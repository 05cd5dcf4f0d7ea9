using System.Diagnostics;

namespace Charter.Web.Collaboration;

/// <summary>
/// The updates a <see cref="CharterSession"/> has applied and not yet committed, and when it last
/// committed. Commits are at least <see cref="CollaborationOptions.MinimumCommitInterval"/> apart,
/// so someone typing alone is committed at once, while under many editors each commit (one
/// transaction, one broadcast frame per connection) carries every update of its interval.
/// Touched only on the session's loop.
/// </summary>
internal sealed class CommitBatch(CollaborationOptions options)
{
    private readonly List<UpdateWork> _works = [];
    private long _lastCommitAt;

    public IReadOnlyList<UpdateWork> Works => _works;

    public int Count => _works.Count;

    public bool IsFull => _works.Count >= options.MaxUpdatesPerCommit;

    public void Add(UpdateWork work) => _works.Add(work);

    /// <summary>How long to wait before committing, or null to commit now.</summary>
    public TimeSpan? UntilNextCommit()
    {
        var wait = options.MinimumCommitInterval - Stopwatch.GetElapsedTime(_lastCommitAt);
        return wait > TimeSpan.Zero ? wait : null;
    }

    public void NoteCommitted() => _lastCommitAt = Stopwatch.GetTimestamp();

    /// <summary>Fails every update of the batch with <paramref name="error"/> and empties it.</summary>
    public void FailAll(Exception error)
    {
        foreach (var work in _works)
        {
            work.Fail(error);
        }

        _works.Clear();
    }

    public void Clear() => _works.Clear();
}
