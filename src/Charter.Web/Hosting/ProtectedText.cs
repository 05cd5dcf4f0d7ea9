using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Charter.Web.Hosting;

/// <summary>
/// Reading back what the app protected for itself (mailed links, device cookies): a value that is
/// empty, tampered with, expired (from a time-limited protector), made for another purpose, or
/// made with keys this app no longer has is simply not one of ours, never an error to the person.
/// </summary>
public static class ProtectedText
{
    /// <summary>What <paramref name="token"/> protects, or null when it is not a token this protector made.</summary>
    public static string? UnprotectOrNull(this IDataProtector protector, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            return protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
