using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Accounts;

/// <summary>
/// Every authorisation decision reads a person's role and active flag from here, not from the
/// claims in their cookie, so a role change or a deactivation takes effect on the next request or
/// hub call instead of when the cookie expires. It caches the database and is told of every change
/// by <see cref="PeopleAdministration"/>; <see cref="StandingChanged"/> lets the hub cut off
/// connections at once.
/// </summary>
public sealed class PeopleRoster(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<string, PersonStanding> _standings = new();

    /// <summary>Raised after a person's role or active flag changed.</summary>
    public event Action<PersonStanding>? StandingChanged;

    /// <summary>The standing of the signed-in person behind <paramref name="user"/>, or null for visitors and unknown ids.</summary>
    public Task<PersonStanding?> FindAsync(ClaimsPrincipal? user, CancellationToken cancellationToken = default)
    {
        var id = user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        return id is null ? Task.FromResult<PersonStanding?>(null) : FindAsync(id, cancellationToken);
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

    /// <summary>Records a change already committed to the database and tells subscribers.</summary>
    public void Changed(Person person)
    {
        var standing = PersonStanding.Of(person);
        _standings[person.Id] = standing;
        StandingChanged?.Invoke(standing);
    }
}
