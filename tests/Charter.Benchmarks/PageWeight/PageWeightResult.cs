using System.Text.Json;

namespace Charter.Benchmarks.PageWeight;

/// <summary>
/// One line of JSON per page: a cold visit (empty cache and storage) and a warm one (the same
/// browser profile straight after), under the emulated link; with the machine's load average
/// when the page was measured, since the machine may be shared.
/// </summary>
public sealed record PageWeightResult(
    string Page,
    VisitFigures Cold,
    VisitFigures Warm,
    int DownKbps,
    int RttMs,
    double CpuSlowdown,
    string LoadAverage,
    string Commit,
    string Date)
{
    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);
}
