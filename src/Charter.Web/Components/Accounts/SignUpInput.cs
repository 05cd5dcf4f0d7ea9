using System.ComponentModel.DataAnnotations;
using Charter.Web.Accounts;
using Charter.Web.Localization;

namespace Charter.Web.Components.Accounts;

/// <summary>
/// The sign-up form (from an invitation or the setup link). Services check it again. Messages are
/// in the interface language (<see cref="AccountValidationMessages"/>).
/// </summary>
public sealed class SignUpInput
{
    [Required(ErrorMessageResourceType = typeof(AccountValidationMessages), ErrorMessageResourceName = nameof(AccountValidationMessages.EmailRequired))]
    [EmailAddress(ErrorMessageResourceType = typeof(AccountValidationMessages), ErrorMessageResourceName = nameof(AccountValidationMessages.EmailInvalid))]
    public string Email { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AccountValidationMessages), ErrorMessageResourceName = nameof(AccountValidationMessages.DisplayNameRequired))]
    [StringLength(PersonFactory.MaxDisplayNameLength, ErrorMessageResourceType = typeof(AccountValidationMessages), ErrorMessageResourceName = nameof(AccountValidationMessages.DisplayNameTooLong))]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AccountValidationMessages), ErrorMessageResourceName = nameof(AccountValidationMessages.PasswordRequired))]
    public string Password { get; set; } = "";

    /// <summary>Starts as the language the page is shown in; the posted form's choice replaces it.</summary>
    public string PreferredLanguage { get; set; } = UiLanguages.Current();

    public PersonSignUp ToSignUp() => new(Email, DisplayName, Password, PreferredLanguage);
}
