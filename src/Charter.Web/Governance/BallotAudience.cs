using Charter.Domain.Ballots;
using Charter.Web.Accounts.Organisations;

namespace Charter.Web.Governance;

/// <summary>
/// Between a ballot's voters and people. A member ballot's voters are person ids; a
/// per-organisation ballot's are organisation ids (<see cref="KeyOf"/>), and the people who act
/// for them, who are told it opened, is closing or closed, are their active delegates at the time
/// of telling (docs/GOVERNANCE.md, "Per-organisation ballots").
/// </summary>
public sealed class BallotAudience(OrganisationDirectory organisations)
{
    /// <summary>How an organisation is written in a ballot's electorate and voter list.</summary>
    public static string KeyOf(Guid organisationId) => organisationId.ToString("D");

    /// <summary>The electorate a ballot opening now gets: members with voting rights, or organisations with an active delegate.</summary>
    public async Task<IReadOnlyList<string>> ElectorateAsync(VotingUnit unit, GovernancePeople people, CancellationToken cancellationToken) =>
        unit == VotingUnit.Organisation
            ? [.. (await organisations.WithActiveDelegatesAsync(cancellationToken)).Select(KeyOf)]
            : await people.VotingMembersAsync(cancellationToken);

    /// <summary>The people who act for <paramref name="voters"/>: themselves, or the organisations' active delegates.</summary>
    public async Task<IReadOnlyList<string>> PeopleForAsync(VotingUnit unit, IEnumerable<string> voters, CancellationToken cancellationToken) =>
        unit == VotingUnit.Organisation
            ? await organisations.ActiveDelegatesOfAsync([.. voters.Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty)], cancellationToken)
            : [.. voters];

    /// <summary>The organisations of a per-organisation ballot's electorate <paramref name="personId"/> is an active delegate of now, by name.</summary>
    public async Task<IReadOnlyList<OrganisationSummary>> DelegatedAsync(string personId, IReadOnlySet<string> electorate, CancellationToken cancellationToken) =>
        [.. (await organisations.DelegatesForAsync(personId, cancellationToken)).Where(o => electorate.Contains(KeyOf(o.Id)))];
}
