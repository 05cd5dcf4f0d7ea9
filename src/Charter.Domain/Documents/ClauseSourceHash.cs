using System.Security.Cryptography;
using System.Text;

namespace Charter.Domain.Documents;

/// <summary>
/// The <c>sourceHash</c> a translation carries: lowercase hex SHA-256 over the UTF-8 of the
/// source title, a line feed, and the source body. The charter's title and preamble hash as title
/// and body, a part's title with an empty body. A translation whose hash differs from the current
/// source's was confirmed against older text (docs/ARCHITECTURE.md, "The Doc": stale).
/// </summary>
public static class ClauseSourceHash
{
    public static string Compute(string sourceTitle, string sourceBody) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceTitle + "\n" + sourceBody)));
}
