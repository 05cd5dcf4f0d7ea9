using System.Text.Json;

namespace Charter.Benchmarks.Flood;

/// <summary>One line of JSON per run: the normal editors without and with the flooder, and what the flooder got.</summary>
public sealed record FloodResult(
    int Users,
    int IntervalMs,
    int SecondsPerPhase,
    FloodPhase WithoutFlooder,
    FloodPhase WithFlooder,
    long FlooderAccepted,
    long FlooderRefused,
    long FlooderFailed,
    double FlooderCallsPerSecond,
    string? FlooderRefusal,
    int Nproc,
    string Date)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
