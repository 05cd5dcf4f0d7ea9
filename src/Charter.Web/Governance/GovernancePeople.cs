using Charter.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Governance;

/// <summary>Who may take part in governance, read from the accounts database.</summary>
public sealed class GovernancePeople(IServiceScopeFactory scopes)
{
    /// <summary>The standing of an active person whose role allows <paramref name="allowed"/>.</summary>
    /// <exception cref="GovernanceDeniedException">Unknown, deactivated, or the wrong role.</exception>
    public async Task<PersonStanding> RequireAsync(string personId, Func<CharterRole, bool> allowed, string action, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var person = await db.Users.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null || !person.IsActive)
        {
            throw new GovernanceDeniedException(GovernanceDenial.NotAnActiveMember, $"Only active members of the coalition can {action}.");
        }

        return allowed(person.Role)
            ? PersonStanding.Of(person)
            : throw new GovernanceDeniedException(GovernanceDenial.RoleNotAllowed, $"A {person.Role.ToString().ToLowerInvariant()} cannot {action}.");
    }

    /// <summary>The members with voting rights now: active members and stewards.</summary>
    public async Task<IReadOnlyList<string>> VotingMembersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        return await db.Users.AsNoTracking()
            .Where(p => p.IsActive && (p.Role == CharterRole.Member || p.Role == CharterRole.Steward))
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Display names of the given people; unknown ids are left out.</summary>
    public async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        return await db.Users.AsNoTracking()
            .Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);
    }

    public static bool CanVoteOrPropose(CharterRole role) => role.CanEdit();

    public static bool IsSteward(CharterRole role) => role == CharterRole.Steward;
}
