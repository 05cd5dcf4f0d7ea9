using System.IO.Compression;
using System.Text.Json;

namespace Charter.Crdt.Tests.TestSupport;

/// <summary>
/// An editing trace in josephg's editing-traces format: patches of (position, deleteCount, insert),
/// positions counted in Unicode code points.
/// </summary>
public sealed record EditingTrace(string StartContent, string EndContent, IReadOnlyList<TracePatch> Patches)
{
    public static EditingTrace Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var json = JsonDocument.Parse(gzip);
        var root = json.RootElement;
        var patches = new List<TracePatch>();
        foreach (var txn in root.GetProperty("txns").EnumerateArray())
        {
            foreach (var patch in txn.GetProperty("patches").EnumerateArray())
            {
                patches.Add(new TracePatch(patch[0].GetInt32(), patch[1].GetInt32(), patch[2].GetString() ?? string.Empty));
            }
        }

        return new EditingTrace(root.GetProperty("startContent").GetString() ?? string.Empty, root.GetProperty("endContent").GetString() ?? string.Empty, patches);
    }
}

public sealed record TracePatch(int Position, int DeleteCount, string Insert);
