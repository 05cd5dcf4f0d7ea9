using System.Diagnostics;
using System.Globalization;
using Charter.Crdt.Encoding.UpdateOps;

namespace Charter.Benchmarks;

/// <summary>
/// Times the document-free update operations the server runs on stored updates (conversion, state
/// vector from update, diff, merge) on yjs's own encoding of a trace's final state; js/wire.mjs times
/// yjs on the same inputs. Each figure is the median of several repetitions, in milliseconds.
/// </summary>
internal static class WireOperations
{
    private const int Repetitions = 7;

    public static string Run(string v1Path, string v2Path)
    {
        var v1 = File.ReadAllBytes(v1Path);
        var v2 = File.ReadAllBytes(v2Path);
        var half = HalfStateVector(v1);
        var tail = Updates.DiffUpdate(v1, half);
        var figures = new Dictionary<string, double>
        {
            ["v1ToV2Ms"] = Time(() => Updates.ConvertUpdateFormatV1ToV2(v1)),
            ["v2ToV1Ms"] = Time(() => Updates.ConvertUpdateFormatV2ToV1(v2)),
            ["stateVectorFromV1Ms"] = Time(() => Updates.EncodeStateVectorFromUpdate(v1)),
            ["diffV1Ms"] = Time(() => Updates.DiffUpdate(v1, half)),
            ["mergeV1Ms"] = Time(() => Updates.MergeUpdates([v1, tail])),
        };
        var ok = Updates.ConvertUpdateFormatV1ToV2(v1).AsSpan().SequenceEqual(v2);
        return "{" + string.Join(",", figures.Select(f => $"\"{f.Key}\":{f.Value.ToString("F1", CultureInfo.InvariantCulture)}")) + $",\"ok\":{(ok ? "true" : "false")}}}";
    }

    /// <summary>A state vector holding every client at half its clock (what a peer that left midway has).</summary>
    private static byte[] HalfStateVector(byte[] update) =>
        StateVectors.Encode(StateVectors.Decode(Updates.EncodeStateVectorFromUpdate(update)).ToDictionary(p => p.Key, p => p.Value / 2));

    private static double Time(Action operation)
    {
        operation();
        var samples = new List<double>();
        for (var i = 0; i < Repetitions; i++)
        {
            var clock = Stopwatch.StartNew();
            operation();
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        samples.Sort();
        return samples[samples.Count / 2];
    }
}
