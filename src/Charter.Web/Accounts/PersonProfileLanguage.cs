using System.Security.Claims;
using Charter.Web.Localization;
using Microsoft.AspNetCore.Identity;

namespace Charter.Web.Accounts;

/// <summary>
/// Saves the language chosen in the header switcher to the signed-in person's profile, as the
/// profile page does, and renews their cookie so the <c>lang</c> claim matches at once.
/// </summary>
public sealed class PersonProfileLanguage(UserManager<Person> users, SignInManager<Person> signIn) : IProfileLanguage
{
    public async Task SaveAsync(ClaimsPrincipal user, string language)
    {
        if (user.Identity?.IsAuthenticated != true || await users.GetUserAsync(user) is not { } person)
        {
            return;
        }

        var chosen = PersonLanguages.Validate(language);
        if (person.PreferredLanguage == chosen && user.FindFirst(CharterClaimTypes.Language)?.Value == chosen)
        {
            return;
        }

        person.PreferredLanguage = chosen;
        var result = await users.UpdateAsync(person);
        if (!result.Succeeded)
        {
            throw PersonFactory.FromIdentity(result);
        }

        await signIn.RefreshSignInAsync(person);
    }
}
