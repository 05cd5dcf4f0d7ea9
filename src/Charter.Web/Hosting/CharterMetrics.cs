using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Charter.Web.Hosting;

/// <summary>
/// The app's own instruments, on one <see cref="Meter"/> named <see cref="MeterName"/> made by the
/// app's <see cref="IMeterFactory"/> (so each app in a process has its own). Code that does the
/// work calls a method here in one line where it happens; values that are cheaper to read than to
/// track (bytes stored, rows waiting, ballots open, connections) are observed when metrics are
/// collected, from callbacks given to <see cref="Observe"/> at start. Recording costs next to
/// nothing while no exporter listens (metrics are off by default, see README "Operating it").
/// </summary>
public sealed class CharterMetrics
{
    public const string MeterName = "Charter";

    private readonly Meter _meter;
    private readonly Counter<long> _updatesApplied;
    private readonly Histogram<double> _commitDuration;
    private readonly Counter<long> _updatesRefused;
    private int _observed;

    public CharterMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _updatesApplied = _meter.CreateCounter<long>(
            "charter.updates.applied", "{update}", "Updates committed to a charter's update log.");
        _commitDuration = _meter.CreateHistogram<double>(
            "charter.commit.duration", "s", "Time to commit one batch of updates to SQLite, disk sync included.");
        _updatesRefused = _meter.CreateCounter<long>(
            "charter.updates.refused", "{call}", "Hub calls refused, by reason (the refusal's type).");
    }

    /// <summary>A batch of <paramref name="updates"/> was committed; <paramref name="started"/> is a <see cref="Stopwatch.GetTimestamp"/> from before it.</summary>
    public void RecordCommit(int updates, long started)
    {
        _updatesApplied.Add(updates);
        _commitDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>A hub call was refused for <paramref name="reason"/>.</summary>
    public void RecordRefusal(string reason) =>
        _updatesRefused.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>Registers the values read at collection time; only the first call counts.</summary>
    public void Observe(Func<long> connections, Func<long> bytesStored, Func<long> logRowsWaiting, Func<long> ballotsOpen)
    {
        if (Interlocked.Exchange(ref _observed, 1) == 1)
        {
            return;
        }

        _meter.CreateObservableUpDownCounter("charter.connections", connections, "{connection}", "Open hub connections.");
        _meter.CreateObservableUpDownCounter("charter.storage.bytes", bytesStored, "By", "Size of the SQLite database file and its write-ahead log.");
        _meter.CreateObservableUpDownCounter("charter.log.pending", logRowsWaiting, "{row}", "Update-log rows not yet folded into a snapshot.");
        _meter.CreateObservableUpDownCounter("charter.ballots.open", ballotsOpen, "{ballot}", "Ballots open for votes.");
    }
}
