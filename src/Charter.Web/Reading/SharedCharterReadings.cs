using Charter.Web.Collaboration;

namespace Charter.Web.Reading;

/// <summary>
/// The read views' way to the live charters: one <see cref="SharedCharterReading"/> per charter
/// with any view open, so a commit costs one read of the Doc per language however many people
/// are reading (docs/ARCHITECTURE.md, "Reading").
/// </summary>
public sealed class SharedCharterReadings(CharterSessionRegistry sessions)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SharedCharterReading> _charters = new(StringComparer.Ordinal);
    private long _docReads;

    /// <summary>How many times a charter's Doc has been read for display; what sharing saves shows here.</summary>
    public long DocReads => Interlocked.Read(ref _docReads);

    /// <summary>
    /// Starts following <paramref name="charter"/>: <paramref name="onChanged"/> is called, on the
    /// session's loop, after each commit and after the session faults; it must return at once and
    /// read later (through the returned watch). Dispose the watch when the view goes.
    /// </summary>
    public CharterReadingWatch Watch(string charter, Action onChanged)
    {
        lock (_gate)
        {
            if (!_charters.TryGetValue(charter, out var shared))
            {
                shared = new SharedCharterReading(sessions, charter, () => Interlocked.Increment(ref _docReads));
                _charters[charter] = shared;
            }

            shared.AddView(onChanged);
            return new CharterReadingWatch(charter, shared, () => Unwatch(charter, shared, onChanged));
        }
    }

    private void Unwatch(string charter, SharedCharterReading shared, Action onChanged)
    {
        lock (_gate)
        {
            if (shared.RemoveView(onChanged) && _charters.GetValueOrDefault(charter) == shared)
            {
                _charters.Remove(charter);
            }
        }
    }
}
