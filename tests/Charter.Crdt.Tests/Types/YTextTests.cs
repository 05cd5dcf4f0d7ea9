using Charter.Crdt.Tests.TestSupport;
using Charter.Crdt.Types;

namespace Charter.Crdt.Tests.Types;

public sealed class YTextTests
{
    [Fact]
    public void InsertAndDelete_PlainText_ProducesExpectedString()
    {
        var text = new Doc(1).GetText("t");

        text.Insert(0, "Hello World");
        text.Insert(5, ",");
        text.Delete(6, 1);

        Assert.Equal("Hello,World", text.ToString());
        Assert.Equal(11, text.Length);
    }

    [Fact]
    public void Length_TextWithEmoji_CountsUtf16CodeUnits()
    {
        var text = new Doc(1).GetText("t");

        text.Insert(0, "a😀b");
        text.Insert(3, "|");

        Assert.Equal(5, text.Length);
        Assert.Equal("a😀|b", text.ToString());
    }

    [Fact]
    public void Insert_IndexPastTheEnd_ThrowsAndChangesNothing()
    {
        var doc = new Doc(1);
        var text = doc.GetText("t");
        text.Insert(0, "abc");

        Assert.Throws<ArgumentOutOfRangeException>(() => text.Insert(4, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.Delete(2, 5));

        Assert.Equal("abc", text.ToString());
    }

    [Fact]
    public void Format_Range_ShowsInToDelta()
    {
        var text = new Doc(1).GetText("t");
        text.Insert(0, "Everyone has rights");

        text.Format(0, 8, new() { ["bold"] = true });
        text.Format(4, 8, new() { ["italic"] = true });

        Assert.Equal(
            [
                DeltaOp.InsertOp("Ever", new() { ["bold"] = true }),
                DeltaOp.InsertOp("yone", new() { ["bold"] = true, ["italic"] = true }),
                DeltaOp.InsertOp(" has", new() { ["italic"] = true }),
                DeltaOp.InsertOp(" rights"),
            ],
            text.ToDelta());
    }

    [Fact]
    public void Insert_InsideFormattedRange_InheritsTheFormatting()
    {
        var text = new Doc(1).GetText("t");
        text.Insert(0, "abcd");
        text.Format(0, 4, new() { ["bold"] = true });

        text.Insert(2, "XY");

        Assert.Equal([DeltaOp.InsertOp("abXYcd", new() { ["bold"] = true })], text.ToDelta());
    }

    [Fact]
    public void ApplyDelta_InsertsFormatsAndDeletes_RoundTripsThroughToDelta()
    {
        var text = new Doc(1).GetText("t");
        text.ApplyDelta([DeltaOp.InsertOp("Right to "), DeltaOp.InsertOp("connect", new() { ["link"] = "https://example.org" }), DeltaOp.InsertOp(".\n")]);

        text.ApplyDelta([DeltaOp.RetainOp(6), DeltaOp.DeleteOp(3), DeltaOp.RetainOp(7, new() { ["bold"] = true })]);

        Assert.Equal(
            [
                DeltaOp.InsertOp("Right "),
                DeltaOp.InsertOp("connect", new() { ["link"] = "https://example.org", ["bold"] = true }),
                DeltaOp.InsertOp(".\n"),
            ],
            text.ToDelta());
    }

    [Fact]
    public void InsertEmbed_Object_AppearsInDeltaAndNotInString()
    {
        var text = new Doc(1).GetText("t");
        text.Insert(0, "ab");

        text.InsertEmbed(1, new Dictionary<string, object?> { ["image"] = "a.png" });

        Assert.Equal("ab", text.ToString());
        Assert.Equal(3, text.Length);
        var embed = Assert.IsType<Dictionary<string, object?>>(text.ToDelta()[1].Insert);
        Assert.Equal("a.png", embed["image"]);
    }

    [Fact]
    public void Observe_RemoteUpdate_DeltaDescribesChangeAndOriginIsPassedThrough()
    {
        var peers = new Peers(1, 2);
        peers.Docs[0].GetText("t").Insert(0, "hello");
        peers.SyncAll();
        var events = new List<(IReadOnlyList<DeltaOp> Delta, object? Origin, bool Local)>();
        peers.Docs[1].GetText("t").Observe((e, tr) => events.Add((e.Delta, tr.Origin, tr.Local)));

        peers.Docs[0].Transact(_ =>
        {
            peers.Docs[0].GetText("t").Delete(0, 1);
            peers.Docs[0].GetText("t").Insert(4, "!", new() { ["bold"] = true });
        });
        var origin = new object();
        Y.ApplyUpdate(peers.Docs[1], peers.Log[^1].Update, origin);

        var (delta, eventOrigin, local) = Assert.Single(events);
        Assert.Equal([DeltaOp.DeleteOp(1), DeltaOp.RetainOp(4), DeltaOp.InsertOp("!", new() { ["bold"] = true })], delta);
        Assert.Same(origin, eventOrigin);
        Assert.False(local);
    }

    [Fact]
    public void Format_ConcurrentOverlappingFormats_Converge()
    {
        var peers = new Peers(1, 2);
        peers.Docs[0].GetText("t").Insert(0, "abcdefgh");
        peers.SyncAll();

        peers.Docs[0].GetText("t").Format(1, 4, new() { ["bold"] = true });
        peers.Docs[1].GetText("t").Format(3, 4, new() { ["bold"] = null, ["italic"] = true });
        peers.Docs[1].GetText("t").Insert(4, "Z");
        peers.SyncAll();

        peers.AssertConverged(d => string.Join(";", d.GetText("t").ToDelta().Select(op => op.Insert + ":" + string.Join(",", op.Attributes ?? []))));
    }

    [Fact]
    public void Format_ValueWithoutJsonForm_ThrowsAndChangesNothing()
    {
        var text = new Doc(1).GetText("t");
        text.Insert(0, "abc");

        Assert.Throws<ArgumentException>(() => text.Format(0, 1, new() { ["bold"] = Charter.Crdt.Lib0.Undefined.Value }));

        Assert.Equal([DeltaOp.InsertOp("abc")], text.ToDelta());
    }

    [Fact]
    public void SetAttribute_OnText_IsReadBackAndSynced()
    {
        var peers = new Peers(1, 2);
        peers.Docs[0].GetText("t").SetAttribute("lang", "es");
        peers.SyncAll();

        Assert.Equal("es", peers.Docs[1].GetText("t").GetAttribute("lang"));
    }

    [Fact]
    public void InsertAndDelete_ThousandsOfRandomEdits_MatchAPlainString()
    {
        var random = new Random(99);
        var text = new Doc(1).GetText("t");
        var expected = new System.Text.StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            if (expected.Length > 0 && random.Next(3) == 0)
            {
                var at = random.Next(expected.Length);
                var length = Math.Min(expected.Length - at, random.Next(1, 5));
                text.Delete(at, length);
                expected.Remove(at, length);
            }
            else
            {
                // Mostly near the previous edit, sometimes anywhere: the search markers must follow both.
                var at = random.Next(4) == 0 ? random.Next(expected.Length + 1) : Math.Min(expected.Length, Math.Max(0, expected.Length / 2 + random.Next(-5, 6)));
                var insert = new string((char)('a' + (i % 26)), random.Next(1, 4));
                text.Insert(at, insert);
                expected.Insert(at, insert);
            }

            Assert.Equal(expected.Length, text.Length);
        }

        Assert.Equal(expected.ToString(), text.ToString());
    }
}
