namespace Charter.Web.Accounts;

/// <summary>
/// Slows down password guessing without letting anyone lock a person out (README, "Security").
/// Every attempt is counted against up to three records, and each record, once past its free
/// attempts, makes the next attempt wait twice as long as the one before, up to a ceiling:
/// <list type="bullet">
/// <item>the client's address, across every account (20 free, then 1 min, doubling to 30 min):
/// one machine trying many e-mails is stopped after 20;</item>
/// <item>the account from that address (5 free, then 30 s, doubling to 15 min): a stranger's
/// guesses slow only the stranger, the owner elsewhere is not touched;</item>
/// <item>the account from every address that has not signed in to it before (50 free, then
/// 15 s, doubling to 2 min): many machines sharing the work are slowed too. It never refuses
/// for longer than 2 min at a time, and a browser that has signed in to the account before (a
/// <see cref="KnownDevices"/> cookie) is exempt from it and from the address record, so the
/// owner's own browsers stay usable whatever others do.</item>
/// </list>
/// An attempt is counted when it starts, so parallel requests cannot slip past; a success takes
/// back its own count and clears the account-and-address record. Refused attempts are not counted
/// and do no password work. Records are forgotten an hour after their last attempt.
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    public static readonly BackoffRule PerClient = new(FreeAttempts: 20, FirstWait: TimeSpan.FromMinutes(1), MaxWait: TimeSpan.FromMinutes(30));
    public static readonly BackoffRule PerAccountFromClient = new(FreeAttempts: 5, FirstWait: TimeSpan.FromSeconds(30), MaxWait: TimeSpan.FromMinutes(15));
    public static readonly BackoffRule PerAccount = new(FreeAttempts: 50, FirstWait: TimeSpan.FromSeconds(15), MaxWait: TimeSpan.FromMinutes(2));

    /// <summary>How long a record is kept after its last attempt.</summary>
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(1);

    /// <summary>Beyond this many records the forgotten ones are swept out, and then the oldest.</summary>
    internal const int MaxRecords = 100_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, AttemptRecord> _records = new(StringComparer.Ordinal);

    /// <summary>
    /// Counts <paramref name="attempt"/> and returns <see cref="TimeSpan.Zero"/> if it may go
    /// ahead; otherwise counts nothing and returns how long to wait.
    /// </summary>
    public TimeSpan TryBegin(SignInAttempt attempt)
    {
        lock (_lock)
        {
            // Read inside the lock, so no attempt sees a record stamped later than its own "now".
            var now = time.GetUtcNow();
            var keys = KeysOf(attempt);
            var wait = keys.Max(k => WaitFor(k.Key, k.Rule, now));
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            foreach (var (key, _) in keys)
            {
                var record = Find(key, now) ?? new AttemptRecord();
                _records[key] = record with { Attempts = record.Attempts + 1, Last = now };
            }

            SweepIfFull(now);
            return TimeSpan.Zero;
        }
    }

    /// <summary>The attempt proved the password: it does not count, and the account is free again from where it came.</summary>
    public void Succeeded(SignInAttempt attempt)
    {
        lock (_lock)
        {
            var keys = KeysOf(attempt);
            _records.Remove(keys[0].Key);
            foreach (var (key, _) in keys.Skip(1))
            {
                if (_records.TryGetValue(key, out var record))
                {
                    _records[key] = record with { Attempts = Math.Max(0, record.Attempts - 1) };
                }
            }
        }
    }

    /// <summary>The records an attempt counts against; the first is the account-and-client one.</summary>
    private static (string Key, BackoffRule Rule)[] KeysOf(SignInAttempt attempt) =>
        attempt.KnownDevice is { } device
            ? [($"device\n{attempt.Account}\n{device}", PerAccountFromClient)]
            :
            [
                ($"pair\n{attempt.Account}\n{attempt.Client}", PerAccountFromClient),
                ($"client\n{attempt.Client}", PerClient),
                ($"account\n{attempt.Account}", PerAccount),
            ];

    private TimeSpan WaitFor(string key, BackoffRule rule, DateTimeOffset now)
    {
        var record = Find(key, now);
        if (record is null)
        {
            return TimeSpan.Zero;
        }

        // Free attempts never wait, even when the wall clock has stepped back since the last one.
        var wait = rule.WaitAfter(record.Attempts);
        if (wait == TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var readyAt = record.Last + wait;
        return readyAt > now ? readyAt - now : TimeSpan.Zero;
    }

    private AttemptRecord? Find(string key, DateTimeOffset now)
    {
        if (!_records.TryGetValue(key, out var record))
        {
            return null;
        }

        if (now - record.Last < ForgetAfter)
        {
            return record;
        }

        _records.Remove(key);
        return null;
    }

    private void SweepIfFull(DateTimeOffset now)
    {
        if (_records.Count <= MaxRecords)
        {
            return;
        }

        foreach (var key in _records.Where(r => now - r.Value.Last >= ForgetAfter).Select(r => r.Key).ToList())
        {
            _records.Remove(key);
        }

        // Still full: keep the most recent half. Guessing that fast already meets the address records.
        if (_records.Count > MaxRecords)
        {
            foreach (var key in _records.OrderBy(r => r.Value.Last).Take(_records.Count - (MaxRecords / 2)).Select(r => r.Key).ToList())
            {
                _records.Remove(key);
            }
        }
    }

    private sealed record AttemptRecord(int Attempts = 0, DateTimeOffset Last = default);
}
