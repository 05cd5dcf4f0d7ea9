using Charter.Crdt;
using Charter.Web.Collaboration.Wire;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Collaboration;

/// <summary>
/// Updates that arrive within <c>MinimumCommitInterval</c> of the last commit share the next
/// commit and reach the others as merged frames. The interval here is long (ten seconds) so the
/// grouping does not depend on how fast the machine is; nothing is timed.
/// </summary>
public sealed class CommitIntervalTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private KestrelCharterServer _server = null!;
    private string _charter = "";
    private string _clauseId = "";

    public async Task InitializeAsync()
    {
        _server = KestrelCharterServer.Start(_database, new Dictionary<string, string>
        {
            ["Charter:Collaboration:MinimumCommitInterval"] = "00:00:10",
        });
        _charter = await _server.CharterNameAsync();
        _clauseId = RepositoryDrafts.Load()[0].Source.Clauses.First().Id;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Update_EditsSpreadOverTheInterval_ShareOneCommitAndReachOthersAsOneFrame()
    {
        await using var watcher = await CrdtPeer.JoinAsync(_server, _charter);
        var editors = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => CrdtPeer.JoinAsync(_server, _charter)));
        try
        {
            await editors[0].EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, "first "));
            await Eventually.TrueAsync(() => watcher.Received.Count == 1, () => "the watcher never got the first edit");

            // Spaced out, so that without the interval each would be committed on its own.
            var sends = new List<Task<long>>();
            foreach (var (editor, e) in editors.Select((editor, e) => (editor, e)))
            {
                sends.Add(editor.EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, $"[{e}]")));
                await Task.Delay(50);
            }

            await Task.WhenAll(sends);
            await Eventually.TrueAsync(
                () => watcher.Read(doc => CrdtPeer.Body(doc, _clauseId).ToString().Split('[').Length) == 7,
                () => "the watcher never held all six edits");
            // One frame; two if this machine took longer than the interval to send all six.
            Assert.InRange(watcher.Received.Count - 1, 1, 2);
            foreach (var editor in editors)
            {
                Assert.All(editor.Received, frame =>
                    Assert.DoesNotContain(editor.Doc.ClientId, Y.ParseUpdateMeta(SyncFrame.Read(frame).Payload).From.Keys));
            }
        }
        finally
        {
            foreach (var editor in editors)
            {
                await editor.DisposeAsync();
            }
        }
    }
}
