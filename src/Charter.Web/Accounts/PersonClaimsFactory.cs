using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Charter.Web.Accounts;

/// <summary>
/// Puts the profile into the cookie so pages can greet and localise without a database read. The
/// role claim is informational only: authorisation reads <see cref="PeopleRoster"/>, which is
/// never stale.
/// </summary>
public sealed class PersonClaimsFactory(UserManager<Person> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Person>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Person user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CharterClaimTypes.Language, user.PreferredLanguage));
        identity.AddClaim(new Claim(CharterClaimTypes.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(CharterClaimTypes.PresenceColour, user.PresenceColour));
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role.ToString()));
        return identity;
    }
}
