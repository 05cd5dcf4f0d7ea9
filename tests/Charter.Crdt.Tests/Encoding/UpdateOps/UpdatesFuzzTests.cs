using System.Text.Json;
using Charter.Crdt.Encoding.UpdateOps;
using Charter.Crdt.Protocols;
using Charter.Crdt.Tests.TestSupport;

namespace Charter.Crdt.Tests.Encoding.UpdateOps;

/// <summary>
/// Corrupted versions of real yjs updates (bytes flipped, cut, inserted) fed to every document-free
/// operation: each either succeeds or throws <see cref="MalformedUpdateException"/>, never anything else.
/// </summary>
public sealed class UpdatesFuzzTests
{
    private static readonly JsonElement Scenarios = Fixture.Load("yjs-updates").GetProperty("scenarios");

    [Fact]
    public void Operations_CorruptedUpdates_OnlyEverThrowMalformedUpdate()
    {
        var random = new Random(20261126);
        var originals = Scenarios.EnumerateArray()
            .SelectMany(s => new[] { (V2: false, Bytes: s.GetProperty("v1").Base64()), (V2: true, Bytes: s.GetProperty("v2").Base64()) })
            .ToList();
        var outcomes = new Dictionary<string, int> { ["ok"] = 0, ["malformed"] = 0 };
        for (var round = 0; round < 4000; round++)
        {
            var (v2, original) = originals[random.Next(originals.Count)];
            var corrupted = Corrupt(original, random);
            foreach (var operation in Operations(v2))
            {
                try
                {
                    operation(corrupted);
                    outcomes["ok"]++;
                }
                catch (MalformedUpdateException)
                {
                    outcomes["malformed"]++;
                }
                catch (Exception e)
                {
                    Assert.Fail($"round {round}: {e.GetType().Name} from {Convert.ToHexString(corrupted)}: {e}");
                }
            }
        }

        Assert.True(outcomes["malformed"] > 0 && outcomes["ok"] > 0, $"outcomes {outcomes["ok"]} ok / {outcomes["malformed"]} malformed");
    }

    [Fact]
    public void ProtocolDecoders_RandomBytes_OnlyEverThrowMalformedUpdate()
    {
        var random = new Random(7);
        for (var round = 0; round < 20000; round++)
        {
            var bytes = new byte[random.Next(12)];
            random.NextBytes(bytes);
            foreach (var decode in new Action<byte[]>[]
            {
                b => ProtocolMessage.Decode(b),
                b => new Awareness(1).ApplyAwarenessUpdate(b, null),
                b => StateVectors.Decode(b),
            })
            {
                try
                {
                    decode(bytes);
                }
                catch (MalformedUpdateException)
                {
                }
                catch (Exception e)
                {
                    Assert.Fail($"{e.GetType().Name} from {Convert.ToHexString(bytes)}: {e}");
                }
            }
        }
    }

    private static IEnumerable<Action<byte[]>> Operations(bool v2) => v2
        ? [
            u => Updates.ConvertUpdateFormatV2ToV1(u),
            u => Updates.EncodeStateVectorFromUpdateV2(u),
            u => Updates.MergeUpdatesV2([u, u]),
            u => Updates.DiffUpdateV2(u, [1, 1, 2]),
            u => Updates.EncodeUpdate(Updates.DecodeUpdateV2(u), UpdateFormat.V2),
        ]
        : [
            u => Updates.ConvertUpdateFormatV1ToV2(u),
            u => Updates.EncodeStateVectorFromUpdate(u),
            u => Updates.MergeUpdates([u, u]),
            u => Updates.DiffUpdate(u, [1, 1, 2]),
            u => Updates.EncodeUpdate(Updates.DecodeUpdate(u), UpdateFormat.V1),
        ];

    private static byte[] Corrupt(byte[] original, Random random)
    {
        var bytes = original.ToList();
        for (var edits = 1 + random.Next(3); edits > 0 && bytes.Count > 0; edits--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 2:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
            }
        }

        return bytes.ToArray();
    }
}
