using System.Globalization;

namespace Charter.Benchmarks;

/// <summary>One replay's figures, printed as one JSON line with the same keys as js/replay.mjs.</summary>
internal sealed record TraceResult(
    int Ops,
    double ApplyMs,
    double EncodeV1Ms,
    double EncodeV2Ms,
    int V1Bytes,
    int V2Bytes,
    double LoadV1Ms,
    long HeapBytes,
    int FinalLength,
    double First10PctMs,
    double Last10PctMs,
    double RemoteApplyMs,
    bool Ok)
{
    public string ToJson() => string.Create(
        CultureInfo.InvariantCulture,
        $$"""{"impl":"charter","ops":{{Ops}},"applyMs":{{ApplyMs:F1}},"encodeV1Ms":{{EncodeV1Ms:F1}},"encodeV2Ms":{{EncodeV2Ms:F1}},"v1Bytes":{{V1Bytes}},"v2Bytes":{{V2Bytes}},"loadV1Ms":{{LoadV1Ms:F1}},"heapBytes":{{HeapBytes}},"finalLength":{{FinalLength}},"first10PctMs":{{First10PctMs:F1}},"last10PctMs":{{Last10PctMs:F1}},"remoteApplyMs":{{RemoteApplyMs:F1}},"ok":{{(Ok ? "true" : "false")}}}""");
}
