using System.Security.Claims;

namespace Charter.Web.Localization;

/// <summary>
/// The interface language kept in a signed-in person's profile. The profile's claim comes before
/// the culture cookie (<see cref="ProfileLanguageCultureProvider"/>), so the switcher must change
/// both, or a signed-in person would be switched back on the next page.
/// </summary>
public interface IProfileLanguage
{
    /// <summary>
    /// Makes <paramref name="language"/> the profile's language and renews the sign-in cookie so its
    /// claim says so. Does nothing for someone not signed in.
    /// </summary>
    Task SaveAsync(ClaimsPrincipal user, string language);
}
