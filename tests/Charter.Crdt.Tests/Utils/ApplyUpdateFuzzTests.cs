using Charter.Crdt.Tests.TestSupport;
using Charter.Crdt.Types;

namespace Charter.Crdt.Tests.Utils;

/// <summary>
/// Feeds ApplyUpdate/ApplyUpdateV2 100,000 inputs derived from real updates (bit flips, byte
/// changes, truncation, splices, duplication) plus random bytes, from a fixed seed. Whatever the
/// input, the only exception allowed is MalformedUpdateException, and when it is thrown the document
/// must be exactly as before. Accepted inputs must leave a document that still encodes and reloads.
/// </summary>
public sealed class ApplyUpdateFuzzTests
{
    private const int Inputs = 100_000;

    [Fact]
    public void ApplyUpdate_MutatedAndRandomInputs_OnlyMalformedEscapesAndDocStaysUnchanged()
    {
        var random = new Random(20261126);
        var (baseUpdate, seedsV1, seedsV2) = Seeds();
        var rejected = 0;
        var accepted = 0;
        for (var i = 0; i < Inputs; i++)
        {
            var v2 = random.Next(2) == 0;
            var seeds = v2 ? seedsV2 : seedsV1;
            var input = random.Next(20) == 0 ? RandomBytes(random) : Mutate(random, seeds[random.Next(seeds.Count)]);
            var doc = new Doc(1000);
            Y.ApplyUpdate(doc, baseUpdate);
            var text = doc.GetText("t").ToString();
            var stateVector = Y.EncodeStateVector(doc);
            var pending = doc.HasPending;
            bool wasAccepted;
            try
            {
                if (v2)
                {
                    Y.ApplyUpdateV2(doc, input);
                }
                else
                {
                    Y.ApplyUpdate(doc, input);
                }

                wasAccepted = true;
            }
            catch (MalformedUpdateException e)
            {
                var unchanged = text == doc.GetText("t").ToString() && stateVector.AsSpan().SequenceEqual(Y.EncodeStateVector(doc)) && pending == doc.HasPending;
                Assert.True(unchanged, $"Input {i} ({(v2 ? "V2" : "V1")}, {Convert.ToHexString(input)}) was rejected after changing the document: {e}");
                wasAccepted = false;
            }
            catch (Exception e)
            {
                Assert.Fail($"Input {i} ({(v2 ? "V2" : "V1")}, {Convert.ToHexString(input)}) threw {e.GetType().Name}: {e}");
                return;
            }

            if (wasAccepted)
            {
                accepted++;
                AssertStillEncodes(doc, v2);
            }
            else
            {
                rejected++;
            }
        }

        Assert.Equal(Inputs, accepted + rejected);
        Assert.True(rejected > Inputs / 4, $"only {rejected} inputs were rejected; the mutations are too gentle to prove anything");
    }

    /// <summary>
    /// An accepted input must leave a document that still encodes, and a fresh document must load that
    /// at least as far. Not necessarily to the same text: a forged item whose origin lies right of its
    /// right origin lands wherever the current splits put it, in yjs as here; and pending structs that
    /// reloading resolves at once stay pending in the original until its next update.
    /// </summary>
    private static void AssertStillEncodes(Doc doc, bool v2)
    {
        var copy = new Doc(2000);
        if (v2)
        {
            Y.ApplyUpdateV2(copy, Y.EncodeStateAsUpdateV2(doc));
        }
        else
        {
            Y.ApplyUpdate(copy, Y.EncodeStateAsUpdate(doc));
        }

        var copyState = copy.Store.GetStateVector();
        Assert.All(doc.Store.GetStateVector(), kv => Assert.True(copyState.GetValueOrDefault(kv.Key) >= kv.Value));
    }

    private static (byte[] Base, List<byte[]> V1, List<byte[]> V2) Seeds()
    {
        var peers = new Peers(1, 2, 3);
        var v2Updates = new List<byte[]>();
        foreach (var doc in peers.Docs)
        {
            doc.UpdateV2 += (u, origin, _) =>
            {
                if (origin is not Peers)
                {
                    v2Updates.Add(u);
                }
            };
        }

        peers.Docs[0].GetText("t").Insert(0, "Everyone has the right to connect.");
        peers.SyncAll();
        var baseUpdate = Y.EncodeStateAsUpdate(peers.Docs[0]);
        peers.Docs[1].GetText("t").Insert(9, "really ");
        peers.Docs[2].GetText("t").Delete(0, 9);
        peers.Docs[1].GetText("t").Format(0, 5, new() { ["bold"] = true });
        peers.Docs[2].GetMap("m").Set("k", new Dictionary<string, object?> { ["n"] = 1.5, ["l"] = new List<object?> { "a", null } });
        peers.Docs[2].GetArray("a").Push(1L, new byte[] { 1, 2, 3 }, new YMap());
        peers.Docs[0].GetXmlFragment("x").Insert(0, new YXmlElement("p"));
        peers.SyncAll();
        var v1 = peers.Log.Select(l => l.Update).Append(Y.EncodeStateAsUpdate(peers.Docs[1])).ToList();
        var v2 = v2Updates.Append(Y.EncodeStateAsUpdateV2(peers.Docs[1])).ToList();
        return (baseUpdate, v1, v2);
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 48)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Mutate(Random random, byte[] seed)
    {
        var bytes = seed.ToList();
        var mutations = random.Next(1, 4);
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 3:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 4:
                    bytes.RemoveAt(at);
                    break;
                default:
                    var length = Math.Min(random.Next(1, 8), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
            }
        }

        return bytes.ToArray();
    }
}
