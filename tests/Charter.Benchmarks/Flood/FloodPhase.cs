namespace Charter.Benchmarks.Flood;

/// <summary>What the normal editors saw during one phase: latency from an edit's send until each other editor holds it.</summary>
public sealed record FloodPhase(long Sent, long Acknowledged, long Refused, long Deliveries, double P50Ms, double P99Ms, double MaxMs, long Lost);
