using System.Text.Json;

namespace Charter.Benchmarks.Load;

/// <summary>
/// One line of JSON per run, with the fields yload reports under the same meaning.
/// <see cref="P50Ms"/>/<see cref="P99Ms"/> are to the full clients (as yload's
/// <c>fullP99Ms</c>); <see cref="AllP50Ms"/>/<see cref="AllP99Ms"/> are over every delivery, light
/// clients included (yload's <c>p99Ms</c>). <see cref="Deliveries"/> counts (token, recipient) pairs,
/// <see cref="Frames"/> the messages that carried them. <see cref="GeneratorGcPauseMs"/> is how long
/// the generator itself was paused by its collector during the run: time that shows up as latency.
/// </summary>
public sealed record LoadResult(
    int Clients,
    int FullClients,
    double TargetPerSecond,
    double SentPerSecond,
    long Sent,
    long Acknowledged,
    long Deliveries,
    long Frames,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    double AllP50Ms,
    double AllP99Ms,
    long Lost,
    bool FullClientsConverged,
    double ServerCpuUsPerDelivery,
    double ServerCpuPct,
    double ServerRssMb,
    double GeneratorCpuPct,
    double GeneratorGcPauseMs,
    int Nproc,
    string Date)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
