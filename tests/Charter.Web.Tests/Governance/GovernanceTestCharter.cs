using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Web.Collaboration;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Governance;

/// <summary>The imported repository charter, read and edited through the app's own session.</summary>
internal static class GovernanceTestCharter
{
    public static async Task<string> NameAsync(CharterAppFactory app) =>
        (await app.Services.GetRequiredService<CharterSessionRegistry>().ListNamesAsync(CancellationToken.None))[0];

    public static string FirstClauseId() => RepositoryDrafts.Load()[0].Source.Clauses.First().Id;

    public static Task<(string Title, string Body)> ClauseAsync(CharterAppFactory app, string charter, string clauseId) =>
        ClauseAsync(app.Services, charter, clauseId);

    public static async Task<(string Title, string Body)> ClauseAsync(IServiceProvider services, string charter, string clauseId)
    {
        await using var lease = await services.GetRequiredService<CharterSessionRegistry>().OpenAsync(charter, CancellationToken.None);
        return await lease.Session.ReadAsync(doc =>
        {
            var clause = (YMap)doc.GetMap(CharterDocument.ClausesKey).Get(clauseId)!;
            return (clause.Get(CharterDocument.TitleKey)!.ToString()!, clause.Get(CharterDocument.BodyKey)!.ToString()!);
        });
    }
}
