using System.Security.Cryptography;
using System.Text;

namespace Charter.Domain.Versions;

/// <summary>
/// The hash that chains versions (docs/ARCHITECTURE.md, "Versions"), lowercase hex SHA-256 over these bytes:
/// <code>
/// UTF-8 bytes of the version's Markdown (no byte order mark)
/// ‖ the previous version's hash as 64 lowercase hex ASCII characters (nothing for version 1)
/// </code>
/// so anyone can check version N with
/// <c>{ cat vN/bill-of-rights.md; printf %s "$HASH_OF_N_MINUS_1"; } | sha256sum</c>.
/// </summary>
public static class VersionHash
{
    /// <summary>The length of a hash in hex characters.</summary>
    public const int Length = 64;

    /// <exception cref="ArgumentException"><paramref name="previousHash"/> is neither empty nor 64 lowercase hex digits.</exception>
    public static string Compute(string markdown, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(previousHash);
        if (previousHash.Length != 0 && !IsWellFormed(previousHash))
        {
            throw new ArgumentException($"the previous hash '{previousHash}' is not 64 lowercase hex digits", nameof(previousHash));
        }

        var markdownBytes = Encoding.UTF8.GetBytes(markdown);
        var bytes = new byte[markdownBytes.Length + previousHash.Length];
        markdownBytes.CopyTo(bytes, 0);
        Encoding.ASCII.GetBytes(previousHash, bytes.AsSpan(markdownBytes.Length));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public static bool IsWellFormed(string hash) =>
        hash.Length == Length && hash.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
