using System.ComponentModel.DataAnnotations;
using Charter.Web.Accounts;

namespace Charter.Web.Components.Account;

/// <summary>The sign-up form (from an invitation or the setup link). Services check it again.</summary>
public sealed class SignUpInput
{
    [Required, EmailAddress]
    public string Email { get; set; } = "";

    [Required, StringLength(PersonFactory.MaxDisplayNameLength)]
    public string DisplayName { get; set; } = "";

    [Required]
    public string Password { get; set; } = "";

    public string PreferredLanguage { get; set; } = PersonLanguages.Default;

    public PersonSignUp ToSignUp() => new(Email, DisplayName, Password, PreferredLanguage);
}
