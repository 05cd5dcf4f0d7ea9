namespace Charter.Crdt.Protocols;

/// <summary>The clients an awareness operation added, updated or removed, and the origin it was given.</summary>
public sealed record AwarenessChange(IReadOnlyList<long> Added, IReadOnlyList<long> Updated, IReadOnlyList<long> Removed, object? Origin);
