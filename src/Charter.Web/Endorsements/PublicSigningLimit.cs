namespace Charter.Web.Endorsements;

/// <summary>
/// Limits public signatures per client address and per e-mail address (docs/VERSIONS.md,
/// "Endorsements"): each key gets <see cref="PerClient"/> or <see cref="PerEmail"/> attempts in a
/// window of <see cref="Window"/> that starts at its first attempt. Only the public signing form
/// asks it, in memory and in constant time, so a flood of signatures slows nothing else: not
/// pages, not members endorsing, not other addresses. Keys are forgotten when their window ends.
/// </summary>
public sealed class PublicSigningLimit(TimeProvider time)
{
    public const int PerClient = 10;
    public const int PerEmail = 3;
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>Beyond this many keys the expired ones are swept out.</summary>
    internal const int SweepAbove = 50_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _windows = new(StringComparer.Ordinal);

    /// <summary>Counts one attempt from <paramref name="client"/>; false, counting nothing, when its window is full.</summary>
    public bool TryTakeClient(string client) => TryTake($"client\n{client}", PerClient);

    /// <summary>Counts one attempt for the normalised <paramref name="email"/>; false when its window is full.</summary>
    public bool TryTakeEmail(string email) => TryTake($"email\n{email}", PerEmail);

    private bool TryTake(string key, int allowed)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (!_windows.TryGetValue(key, out var window) || now - window.Start >= Window)
            {
                window = (now, 0);
            }

            if (window.Count >= allowed)
            {
                return false;
            }

            _windows[key] = (window.Start, window.Count + 1);
            if (_windows.Count > SweepAbove)
            {
                foreach (var stale in _windows.Where(w => now - w.Value.Start >= Window).Select(w => w.Key).ToList())
                {
                    _windows.Remove(stale);
                }
            }

            return true;
        }
    }
}
