using System.Collections.Concurrent;
using System.Diagnostics;

namespace Charter.Benchmarks.Load;

/// <summary>
/// When each token was sent, by sender client id and clock. A token is one yjs item; a full client
/// holds it once its state vector for the sender passes the token's clock, because yjs integrates
/// a sender's structs strictly in clock order.
/// </summary>
/// <param name="expectedSendsPerSender">
/// Room reserved per sender before the clock starts: a list growing during the run allocates on
/// the large-object heap, and the collections that sets off pause every receive loop of the
/// generator, which would be counted as the server's latency.
/// </param>
public sealed class SendLedger(int expectedSendsPerSender)
{
    private readonly ConcurrentDictionary<long, Sender> _senders = new();

    public void Record(long clientId, long clock, long timestamp) =>
        _senders.GetOrAdd(clientId, static (_, capacity) => new Sender(capacity), expectedSendsPerSender).Add(clock, timestamp);

    /// <summary>
    /// Adds the latency of every token of <paramref name="clientId"/> below <paramref name="stateClock"/>
    /// not yet counted by this reader.
    /// </summary>
    /// <returns>How many tokens that was.</returns>
    public int Deliver(long clientId, long stateClock, Dictionary<long, int> readerProgress, LatencyLog latencies, long now)
    {
        if (!_senders.TryGetValue(clientId, out var sender))
        {
            return 0;
        }

        var from = readerProgress.GetValueOrDefault(clientId);
        var next = sender.Deliver(from, stateClock, latencies, now);
        readerProgress[clientId] = next;
        return next - from;
    }

    /// <summary>Tokens of every sender at or past the reader's state: not held by it.</summary>
    public long Missing(IReadOnlyDictionary<long, long> stateVector) =>
        _senders.Sum(s => s.Value.CountFrom(stateVector.GetValueOrDefault(s.Key)));

    public IEnumerable<long> SenderIds => _senders.Keys;

    private sealed class Sender(int capacity)
    {
        private readonly List<(long Clock, long Timestamp)> _sends = new(capacity);

        public void Add(long clock, long timestamp)
        {
            lock (_sends)
            {
                _sends.Add((clock, timestamp));
            }
        }

        public int Deliver(int from, long stateClock, LatencyLog latencies, long now)
        {
            lock (_sends)
            {
                while (from < _sends.Count && _sends[from].Clock < stateClock)
                {
                    latencies.Add(_sends[from].Timestamp, now);
                    from++;
                }

                return from;
            }
        }

        public long CountFrom(long stateClock)
        {
            lock (_sends)
            {
                return _sends.Count(s => s.Clock >= stateClock);
            }
        }
    }
}
