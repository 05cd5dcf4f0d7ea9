using System.Text.Json;

namespace Charter.Benchmarks.Load;

/// <summary>One line of JSON per run (issue 4), with the fields yload reports under the same meaning.</summary>
public sealed record LoadResult(
    int Clients,
    int FullClients,
    double TargetPerSecond,
    double SentPerSecond,
    long Sent,
    long Acknowledged,
    long Deliveries,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    long Lost,
    bool FullClientsConverged,
    double ServerCpuUsPerDelivery,
    double ServerCpuPct,
    double ServerRssMb,
    double GeneratorCpuPct,
    int Nproc,
    string Date)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
