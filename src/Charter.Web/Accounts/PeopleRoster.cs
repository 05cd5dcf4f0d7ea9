using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Charter.Web.Accounts;

/// <summary>
/// Every authorisation decision reads a person's role and active flag from here, not from the
/// claims in their cookie, so a role change or a deactivation takes effect on the next request or
/// hub call instead of when the cookie expires. A cookie whose security stamp is not the person's
/// current one (issued before a password reset or a deactivation) finds no standing at all.
/// It caches the database and is told of every change (<see cref="Changed"/>); a change that must
/// end open sessions is handed to <see cref="ISessionTermination"/>.
/// </summary>
public sealed class PeopleRoster(IServiceScopeFactory scopes, ISessionTermination sessions, IOptions<IdentityOptions> identity)
{
    private readonly ConcurrentDictionary<string, PersonStanding> _standings = new();

    /// <summary>Raised after a person's standing changed.</summary>
    public event Action<PersonStanding>? StandingChanged;

    /// <summary>
    /// The standing of the signed-in person behind <paramref name="user"/>, or null for visitors,
    /// unknown ids, and sessions signed in before the person's security stamp last changed.
    /// </summary>
    public async Task<PersonStanding?> FindAsync(ClaimsPrincipal? user, CancellationToken cancellationToken = default)
    {
        var id = user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (id is null)
        {
            return null;
        }

        var standing = await FindAsync(id, cancellationToken);
        // Identity puts the stamp in every cookie it issues; a principal without one was not
        // issued by sign-in (tests build such principals) and is judged by id alone.
        var stamp = user!.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp is not null && standing?.SecurityStamp is { } current && !string.Equals(stamp, current, StringComparison.Ordinal)
            ? null
            : standing;
    }

    public async Task<PersonStanding?> FindAsync(string personId, CancellationToken cancellationToken = default)
    {
        if (_standings.TryGetValue(personId, out var cached))
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var person = await db.Users.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        return person is null ? null : _standings.GetOrAdd(personId, PersonStanding.Of(person));
    }

    /// <summary>
    /// Records a change already committed to the database (role, active flag, password, profile),
    /// ends the person's open sessions when the change calls for it, and tells subscribers.
    /// </summary>
    public void Changed(Person person)
    {
        var current = PersonStanding.Of(person);
        _standings.TryGetValue(person.Id, out var previous);
        _standings[person.Id] = current;
        if (EndsSessions(previous, current))
        {
            sessions.EndSessions(current);
        }

        StandingChanged?.Invoke(current);
    }

    /// <summary>
    /// A deactivation, a new security stamp (password reset), or losing the right to edit ends
    /// every open session. A profile change (name, colour, language) does not.
    /// </summary>
    public static bool EndsSessions(PersonStanding? previous, PersonStanding current) =>
        !current.IsActive
        || (previous is not null
            && (!string.Equals(previous.SecurityStamp, current.SecurityStamp, StringComparison.Ordinal)
                || (previous.CanEdit && !current.CanEdit)));
}
