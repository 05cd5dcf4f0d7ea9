namespace Charter.Web.Accounts;

/// <summary>What someone fills in to create their account (from an invitation or the setup link).</summary>
public sealed record PersonSignUp(string Email, string DisplayName, string Password, string PreferredLanguage);
