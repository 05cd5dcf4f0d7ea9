namespace Charter.Web.Accounts;

/// <summary>
/// A request about accounts that cannot be carried out as asked (an expired invitation, an unknown
/// role, a password Identity refuses). Nothing was stored. <see cref="Code"/> names the problem so
/// pages can say it in the reader's language (resource key <c>Error.{Code}</c>); the message says
/// it in English for logs and tests.
/// </summary>
public sealed class AccountException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
