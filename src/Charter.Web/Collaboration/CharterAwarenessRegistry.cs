using System.Collections.Concurrent;

namespace Charter.Web.Collaboration;

/// <summary>The <see cref="CharterAwareness"/> of every charter with people present, by charter name.</summary>
public sealed class CharterAwarenessRegistry
{
    private readonly ConcurrentDictionary<string, CharterAwareness> _charters = new(StringComparer.Ordinal);

    public CharterAwareness For(string charter) => _charters.GetOrAdd(charter, static _ => new CharterAwareness());
}
