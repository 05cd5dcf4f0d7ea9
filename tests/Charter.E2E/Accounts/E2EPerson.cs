namespace Charter.E2E.Accounts;

/// <summary>A person who signed up on the running server, with the cookie their sign-up set.</summary>
public sealed record E2EPerson(string DisplayName, string Email, string CookieName, string CookieValue);
