using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Charter.Benchmarks;

/// <summary>
/// An editing trace in josephg's editing-traces format (e.g. automerge-paper, CC BY 4.0 by its authors). Positions count code points;
/// <see cref="Load"/> converts them to UTF-16 indices (what Charter.Crdt and JavaScript use) before
/// any timing starts.
/// </summary>
internal sealed record EditingTrace(string StartContent, string EndContent, IReadOnlyList<TracePatch> Patches)
{
    public static EditingTrace Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var json = JsonDocument.Parse(gzip);
        var root = json.RootElement;
        var start = root.GetProperty("startContent").GetString() ?? string.Empty;
        var patches = new List<TracePatch>();
        foreach (var txn in root.GetProperty("txns").EnumerateArray())
        {
            foreach (var patch in txn.GetProperty("patches").EnumerateArray())
            {
                patches.Add(new TracePatch(patch[0].GetInt32(), patch[1].GetInt32(), patch[2].GetString() ?? string.Empty));
            }
        }

        var end = root.GetProperty("endContent").GetString() ?? string.Empty;
        return new EditingTrace(start, end, HasAstralCharacters(start, patches) ? ToUtf16Positions(start, patches) : patches);
    }

    private static bool HasAstralCharacters(string start, List<TracePatch> patches) =>
        start.Any(char.IsSurrogate) || patches.Any(p => p.Insert.Any(char.IsSurrogate));

    /// <summary>Replays the trace on a plain string to translate code-point positions and counts into UTF-16 ones.</summary>
    private static List<TracePatch> ToUtf16Positions(string start, List<TracePatch> patches)
    {
        var text = new StringBuilder(start);
        var converted = new List<TracePatch>(patches.Count);
        foreach (var patch in patches)
        {
            var from = Utf16Index(text, 0, patch.Position);
            var to = Utf16Index(text, from, patch.DeleteCount);
            converted.Add(new TracePatch(from, to - from, patch.Insert));
            text.Remove(from, to - from).Insert(from, patch.Insert);
        }

        return converted;
    }

    private static int Utf16Index(StringBuilder text, int from, int codePoints)
    {
        var i = from;
        for (var n = 0; n < codePoints; n++)
        {
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        }

        return i;
    }
}

internal sealed record TracePatch(int Position, int DeleteCount, string Insert);
