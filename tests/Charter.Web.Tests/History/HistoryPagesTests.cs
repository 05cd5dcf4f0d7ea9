using System.Net;
using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Testing;
using Charter.Web.Accounts;
using Charter.Web.Audit;
using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Wire;
using Charter.Web.History;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.History;

/// <summary>The history pages over HTTP on real SQLite: who sees what, and a restore through the form.</summary>
public sealed class HistoryPagesTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private CharterAppFactory _app = null!;
    private string _charter = "";

    public async Task InitializeAsync()
    {
        _app = new CharterAppFactory(_database);
        _app.Start();
        _charter = (await _app.Services.GetRequiredService<CharterSessionRegistry>().ListNamesAsync(CancellationToken.None))[0];
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task CharterHistory_ForAMember_IsForbidden_ForAStewardListsKeptStates()
    {
        await History.TakeAsync(_charter, HistoryReasons.Publication, null, "Pat Publisher", "v1", CancellationToken.None);
        using var member = await TestPeople.SignedInClientAsync(_app, await TestPeople.CreateAsync(_app, CharterRole.Member));
        using var steward = await TestPeople.SignedInClientAsync(_app, await TestPeople.CreateAsync(_app, CharterRole.Steward));

        var refused = await member.GetAsync($"/charters/{_charter}/history");
        var shown = await steward.GetStringAsync($"/charters/{_charter}/history");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Only stewards can see the whole charter", await refused.Content.ReadAsStringAsync());
        Assert.Contains("Pat Publisher", shown);
        Assert.Contains("data-history-entry", shown);
    }

    [Fact]
    public async Task ClauseHistory_AMemberWhoEditedTheClause_RestoresTheirEarlierTextThroughTheForm()
    {
        var clause = (await ReadAsync(CharterDocument.ReadSource)).Clauses.First();
        await History.TakeAsync(_charter, HistoryReasons.Publication, null, "Pat Publisher", "v1", CancellationToken.None);
        var editor = await TestPeople.CreateAsync(_app, CharterRole.Member, "Mia Member");
        var stranger = await TestPeople.CreateAsync(_app, CharterRole.Member);
        await EditAsync(editor.Id, doc => ((YText)((YMap)doc.GetMap(CharterDocument.ClausesKey).Get(clause.Id)!).Get("body")!).Insert(0, "Mistake. "));
        var kept = Assert.Single(await History.ListAsync(_charter, CancellationToken.None));
        using var strangerClient = await TestPeople.SignedInClientAsync(_app, stranger);
        using var editorClient = await TestPeople.SignedInClientAsync(_app, editor);
        var path = $"/charters/{_charter}/clauses/{clause.Id}/history";

        Assert.Equal(HttpStatusCode.Forbidden, (await strangerClient.GetAsync(path)).StatusCode);
        var response = await ServerForms.SubmitAsync(editorClient, path, "clause-history-restore",
            new Dictionary<string, string> { ["Restore"] = kept.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Restored.", await response.Content.ReadAsStringAsync());
        Assert.Equal(clause.Body, (await ReadAsync(CharterDocument.ReadSource)).Clauses.First().Body);
        await using var scope = _app.Services.CreateAsyncScope();
        var audited = await scope.ServiceProvider.GetRequiredService<IAuditLog>().FindAsync(new AuditQuery(AuditActions.ClauseRestored));
        Assert.Equal(($"{_charter}/{clause.Id}", "Mia Member"), (Assert.Single(audited).Subject, audited[0].ActorName));
    }

    private CharterHistory History => _app.Services.GetRequiredService<CharterHistory>();

    private async Task<T> ReadAsync<T>(Func<Doc, T> read)
    {
        await using var lease = await _app.Services.GetRequiredService<CharterSessionRegistry>().OpenAsync(_charter, CancellationToken.None);
        return await lease.Session.ReadAsync(read);
    }

    private async Task EditAsync(string userId, Action<Doc> edit)
    {
        await using var lease = await _app.Services.GetRequiredService<CharterSessionRegistry>().OpenAsync(_charter, CancellationToken.None);
        var state = await lease.Session.ReadAsync(doc => Y.EncodeStateAsUpdate(doc));
        var copy = new Doc();
        Y.ApplyUpdate(copy, state);
        var before = Y.EncodeStateVector(copy);
        edit(copy);
        await lease.Session.ApplyUpdateAsync(SyncFrame.WriteUpdate(Y.EncodeStateAsUpdate(copy, before)), new UpdateOrigin(null, userId));
    }
}
