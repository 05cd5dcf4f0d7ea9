namespace Charter.Crdt;

public readonly record struct Id(long Client, long Clock);
