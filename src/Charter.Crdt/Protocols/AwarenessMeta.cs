namespace Charter.Crdt.Protocols;

/// <summary>What awareness remembers about a client even after its state is gone: its clock and when it last changed (Unix ms).</summary>
public readonly record struct AwarenessMeta(long Clock, long LastUpdated);
