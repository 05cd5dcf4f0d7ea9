using Microsoft.AspNetCore.Localization;

namespace Charter.Web.Localization;

/// <summary>
/// Takes the interface language from the signed-in user's profile, carried as a <c>lang</c> claim
/// on the principal. It comes first: a person's own choice beats the device they happen to use.
/// An unsupported value falls through to the next provider (the middleware checks support).
/// </summary>
public sealed class ProfileLanguageCultureProvider : RequestCultureProvider
{
    public const string ClaimType = "lang";

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var language = httpContext.User.FindFirst(ClaimType)?.Value;
        return string.IsNullOrWhiteSpace(language)
            ? NullProviderCultureResult
            : Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(language));
    }
}
