using System.Diagnostics;
using Charter.Crdt;

namespace Charter.Benchmarks;

/// <summary>
/// Replays a trace the way the yjs reference was made (client id 1, text "text", gc on, one
/// transaction per patch) and measures replay, encoding, loading and retained heap.
/// </summary>
internal static class TraceReplay
{
    public static TraceResult Run(string path)
    {
        var trace = EditingTrace.Load(path);
        var patches = trace.Patches;
        var tenth = Math.Max(1, patches.Count / 10);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(true);

        var doc = new Doc(1);
        var text = doc.GetText("text");
        if (trace.StartContent.Length > 0)
        {
            text.Insert(0, trace.StartContent);
        }

        var clock = Stopwatch.StartNew();
        var first10 = TimeSpan.Zero;
        var last10Start = TimeSpan.Zero;
        for (var i = 0; i < patches.Count; i++)
        {
            if (i == tenth)
            {
                first10 = clock.Elapsed;
            }

            if (i == patches.Count - tenth)
            {
                last10Start = clock.Elapsed;
            }

            var patch = patches[i];
            doc.Transact(_ =>
            {
                if (patch.DeleteCount > 0)
                {
                    text.Delete(patch.Position, patch.DeleteCount);
                }

                if (patch.Insert.Length > 0)
                {
                    text.Insert(patch.Position, patch.Insert);
                }
            });
        }

        var apply = clock.Elapsed;
        var last10 = apply - last10Start;

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heapBytes = GC.GetTotalMemory(true) - heapBefore;

        clock.Restart();
        var v1 = Y.EncodeStateAsUpdate(doc);
        var encodeV1 = clock.Elapsed;
        clock.Restart();
        var v2 = Y.EncodeStateAsUpdateV2(doc);
        var encodeV2 = clock.Elapsed;

        clock.Restart();
        var loaded = new Doc(2);
        Y.ApplyUpdate(loaded, v1);
        var loadV1 = clock.Elapsed;

        // What a server does all day: apply each peer's per-edit update as it arrives. The updates are
        // recorded in a separate, untimed replay so that the figures above stay free of the observer.
        var updates = RecordUpdates(trace);
        clock.Restart();
        var remote = new Doc(3);
        foreach (var update in updates)
        {
            Y.ApplyUpdate(remote, update);
        }

        var remoteApply = clock.Elapsed;

        var finalText = text.ToString();
        var ok = finalText == trace.EndContent && loaded.GetText("text").ToString() == trace.EndContent && remote.GetText("text").ToString() == trace.EndContent;
        GC.KeepAlive(doc);
        GC.KeepAlive(updates);
        return new TraceResult(
            patches.Count,
            apply.TotalMilliseconds,
            encodeV1.TotalMilliseconds,
            encodeV2.TotalMilliseconds,
            v1.Length,
            v2.Length,
            loadV1.TotalMilliseconds,
            heapBytes,
            text.Length,
            first10.TotalMilliseconds,
            last10.TotalMilliseconds,
            remoteApply.TotalMilliseconds,
            ok);
    }

    private static List<byte[]> RecordUpdates(EditingTrace trace)
    {
        var doc = new Doc(1);
        var text = doc.GetText("text");
        var updates = new List<byte[]>(trace.Patches.Count);
        doc.Update += (update, _, _) => updates.Add(update);
        if (trace.StartContent.Length > 0)
        {
            text.Insert(0, trace.StartContent);
        }

        foreach (var patch in trace.Patches)
        {
            doc.Transact(_ =>
            {
                if (patch.DeleteCount > 0)
                {
                    text.Delete(patch.Position, patch.DeleteCount);
                }

                if (patch.Insert.Length > 0)
                {
                    text.Insert(patch.Position, patch.Insert);
                }
            });
        }

        return updates;
    }
}
