using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Charter.Web.Accounts;

/// <summary>
/// The link a steward hands to someone who forgot their password. It carries Identity's reset
/// token, which stops working once used (the password change renews the security stamp) or after
/// a day.
/// </summary>
public static class PasswordResetLinks
{
    public static string Path(string personId, string token) =>
        $"/account/reset?person={Uri.EscapeDataString(personId)}&code={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";

    /// <summary>The Identity token inside a link's code, or null if the code is not valid base64url.</summary>
    public static string? DecodeToken(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
