using Charter.Web.Accounts;
using Charter.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.Accounts;

/// <summary>Says an <see cref="AccountException"/> in the reader's language (key <c>Error.{Code}</c>).</summary>
public static class AccountErrors
{
    public static string Describe(IStringLocalizer<AccountsText> text, AccountException error)
    {
        var localized = text[$"Error.{error.Code}"];
        return localized.ResourceNotFound ? error.Message : localized.Value;
    }
}
