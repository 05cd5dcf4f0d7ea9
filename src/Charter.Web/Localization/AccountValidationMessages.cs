using System.Globalization;
using System.Resources;

namespace Charter.Web.Localization;

/// <summary>
/// The account forms' validation messages for DataAnnotations (<c>ErrorMessageResourceType</c>),
/// read from <c>Resources/AccountsText</c> in the request's interface language, so a form posted
/// invalid answers in Spanish, Portuguese or French as the rest of the page does. DataAnnotations
/// needs static properties, hence a ResourceManager over the same embedded resx rather than an
/// injected localizer.
/// </summary>
public static class AccountValidationMessages
{
    private static readonly ResourceManager Resources = new(typeof(AccountsText));

    public static string EmailRequired => Get(nameof(EmailRequired));

    public static string EmailInvalid => Get(nameof(EmailInvalid));

    public static string DisplayNameRequired => Get(nameof(DisplayNameRequired));

    /// <summary>Used by StringLength: <c>{1}</c> is the longest name allowed.</summary>
    public static string DisplayNameTooLong => Get(nameof(DisplayNameTooLong));

    public static string PasswordRequired => Get(nameof(PasswordRequired));

    /// <summary>Used by Range: <c>{1}</c> and <c>{2}</c> are the fewest and most days.</summary>
    public static string ValidDaysRange => Get(nameof(ValidDaysRange));

    /// <summary>Used by StringLength: <c>{1}</c> is the longest note allowed.</summary>
    public static string NoteTooLong => Get(nameof(NoteTooLong));

    private static string Get(string name) =>
        Resources.GetString($"Validation.{name}", CultureInfo.CurrentUICulture)
        ?? throw new MissingManifestResourceException($"AccountsText has no Validation.{name}.");
}
