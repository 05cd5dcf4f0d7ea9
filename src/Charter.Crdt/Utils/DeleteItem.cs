namespace Charter.Crdt.Utils;

/// <summary>A deleted range of one client's clocks: [Clock, Clock + Length).</summary>
public readonly record struct DeleteItem(long Clock, long Length);
