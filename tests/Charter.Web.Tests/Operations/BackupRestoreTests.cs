using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Charter.Domain.Ballots;
using Charter.Web.Accounts;
using Charter.Web.Collaboration;
using Charter.Web.Governance;
using Charter.Web.Hosting;
using Charter.Web.Storage;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Operations;

/// <summary>
/// The app as a real process, backed up by the <c>backup</c> verb (a second process) while two
/// peers keep editing over SignalR, then restored by the <c>restore</c> verb into a fresh folder
/// and started there: everything acknowledged before the backup began is in the restored app,
/// and both hash chains (audit log and versions) verify. See README "Operating it".
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private const int Peers = 2;
    private const int AcknowledgedBeforeBackup = 40;
    private const int AcknowledgedDuringAndAfterBackup = 20;

    private readonly TempDatabase _original = new();
    private readonly TempDatabase _restored = new();

    [Fact]
    public async Task BackupThenRestore_WhilePeersEdit_RestoredAppHasEverythingAcknowledgedAndVerifiesBothChains()
    {
        var clauseId = RepositoryDrafts.Load()[0].Source.Clauses.Last().Id;
        var backupFile = Path.Combine(Path.GetDirectoryName(_restored.FilePath)!, "backups", "charter-backup.db");
        var acknowledged = new ConcurrentQueue<string>();
        Person steward, member;
        string stewardCookie;
        string[] beforeBackup;

        await using (var app = await ChildProcessCharterServer.StartAsync(_original))
        {
            steward = await TestSignIn.SeedPersonAsync(_original, CharterRole.Steward, "Backup Steward");
            member = await TestSignIn.SeedPersonAsync(_original, CharterRole.Member, "Backup Member");
            stewardCookie = await TestSignIn.CookieAsync(app.BaseAddress, steward);
            using (var stewardClient = SignedInClient(app.BaseAddress, stewardCookie))
            {
                var published = await ServerForms.SubmitAsync(stewardClient, "/versions", "publish", new Dictionary<string, string> { ["Publish.Notes"] = "Before the backup", ["Publish.Confirmed"] = "true" });
                Assert.Contains("Version 1 is published.", await published.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            var ballotId = await OpenClauseBallotAsync(_original, steward.Id, RepositoryDrafts.Load()[0].Source.Clauses.First().Id);

            var peers = new List<CrdtPeer>();
            for (var i = 0; i < Peers; i++)
            {
                peers.Add(await CrdtPeer.JoinAsync(await app.ConnectAsync(), HubClients.Charter));
            }

            using var stop = new CancellationTokenSource();
            var editing = peers.Select((peer, p) => AppendTokensAsync(peer, p, clauseId, acknowledged, stop.Token)).ToList();
            await Eventually.TrueAsync(() => acknowledged.Count >= AcknowledgedBeforeBackup, () => $"{acknowledged.Count} acknowledged");

            beforeBackup = [.. acknowledged];
            var (exitCode, output) = await CharterCommand.RunAsync(
                Path.GetDirectoryName(_original.FilePath)!, "backup", backupFile, "--ConnectionStrings:Charter", _original.ConnectionString);
            Assert.True(exitCode == 0, output);
            await Eventually.TrueAsync(
                () => acknowledged.Count >= beforeBackup.Length + AcknowledgedDuringAndAfterBackup,
                () => $"editing stalled during the backup: {acknowledged.Count} acknowledged");

            await stop.CancelAsync();
            await Task.WhenAll(editing);
            foreach (var peer in peers)
            {
                await peer.DisposeAsync();
            }

            Assert.Equal(ballotId.ToString(), (await BallotIdsAsync(_original)).Single());
        }

        var restore = await CharterCommand.RunAsync(
            Path.GetDirectoryName(_restored.FilePath)!, "restore", backupFile, "--ConnectionStrings:Charter", _restored.ConnectionString);
        Assert.True(restore.ExitCode == 0, restore.Output);

        await using var restored = await ChildProcessCharterServer.StartAsync(_restored);
        await using var reader = await CrdtPeer.JoinAsync(await restored.ConnectAsync(), HubClients.Charter);
        var text = reader.Read(doc => CrdtPeer.Body(doc, clauseId).ToString());
        Assert.All(beforeBackup, token => Assert.Contains(token, text));

        // The steward's cookie from the original still works: the data-protection keys came along.
        using var stewardOnRestored = SignedInClient(restored.BaseAddress, stewardCookie);
        var audit = await stewardOnRestored.GetStringAsync("/audit?verify=true");
        Assert.Contains("The chain is intact", audit, StringComparison.Ordinal);
        Assert.Contains("bill-of-rights v1", audit, StringComparison.Ordinal);
        Assert.Contains((await BallotIdsAsync(_restored)).Single(), audit, StringComparison.Ordinal);
        await TestSignIn.CookieAsync(restored.BaseAddress, member);

        using var versions = JsonDocument.Parse(await stewardOnRestored.GetStringAsync("/versions/verify"));
        Assert.True(versions.RootElement.GetProperty("intact").GetBoolean());
        Assert.Equal(1, versions.RootElement.GetProperty("versions").GetInt32());

        Assert.DoesNotContain("warn:", restored.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", restored.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_OntoAnExistingDatabase_RefusesAndChangesNothing()
    {
        await File.WriteAllTextAsync(_restored.FilePath, "not touched");
        var backup = Path.Combine(Path.GetDirectoryName(_original.FilePath)!, "some-backup.db");
        await File.WriteAllTextAsync(backup, "whatever");

        var (exitCode, output) = await CharterCommand.RunAsync(
            Path.GetDirectoryName(_restored.FilePath)!, "restore", backup, "--ConnectionStrings:Charter", _restored.ConnectionString);

        Assert.Equal(1, exitCode);
        Assert.Contains("exists", output, StringComparison.Ordinal);
        Assert.Equal("not touched", await File.ReadAllTextAsync(_restored.FilePath));
    }

    private static HttpClient SignedInClient(Uri baseAddress, string cookie)
    {
        var cookies = new CookieContainer();
        var separator = cookie.IndexOf('=', StringComparison.Ordinal);
        cookies.Add(baseAddress, new Cookie(cookie[..separator], cookie[(separator + 1)..]));
        return new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    /// <summary>Opens a ballot on a clause with the app's own governance services on the same file, as the app would.</summary>
    private static async Task<Guid> OpenClauseBallotAsync(TempDatabase database, string stewardId, string clauseId)
    {
        await using var provider = AppServices(database);
        var ballots = provider.GetRequiredService<BallotService>();
        return await ballots.OpenAsync(HubClients.Charter, BallotSubject.ForClause(clauseId),
            new BallotRules(0.5m, BallotThreshold.SimpleMajority, HideResultsUntilClose: false, Secret: false),
            DateTimeOffset.UtcNow.AddDays(7), stewardId);
    }

    private static async Task<List<string>> BallotIdsAsync(TempDatabase database)
    {
        await using var provider = AppServices(database);
        var ids = new List<string>();
        await using var scope = provider.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<GovernanceDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        ids.AddRange(db.Ballots.Select(b => b.Id).AsEnumerable().Select(id => id.ToString()));
        return ids;
    }

    private static ServiceProvider AppServices(TempDatabase database) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton(CharterPaths.Locate())
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Charter"] = database.ConnectionString })
                .Build())
            .AddCharterStorage()
            .AddCharterCollaboration()
            .AddCharterAccounts()
            .AddCharterGovernance()
            .BuildServiceProvider();

    /// <summary>Appends unique tokens until stopped; records each one the server acknowledged.</summary>
    private static async Task AppendTokensAsync(CrdtPeer peer, int peerIndex, string clauseId, ConcurrentQueue<string> acknowledged, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var token = $"[b{peerIndex}:{i}]";
            await peer.EditAsync(doc =>
            {
                var body = CrdtPeer.Body(doc, clauseId);
                body.Insert(body.Length, token);
            });
            acknowledged.Enqueue(token);
        }
    }

    public void Dispose()
    {
        _original.Dispose();
        _restored.Dispose();
    }
}
