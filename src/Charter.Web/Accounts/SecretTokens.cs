using System.Security.Cryptography;
using System.Text;

namespace Charter.Web.Accounts;

/// <summary>
/// Random tokens for links (invitations, first-start setup). The link carries the token; the
/// database keeps only its hash, compared by hash lookup, so stored rows never reveal a usable link.
/// </summary>
public static class SecretTokens
{
    /// <summary>32 random bytes as URL-safe base64 (no padding): 256 bits, fine in a path segment.</summary>
    public static string Create() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
