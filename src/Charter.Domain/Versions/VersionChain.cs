namespace Charter.Domain.Versions;

/// <summary>
/// Publishes into and checks the hash chain. Each link holds when version N is the N-th one,
/// its previous hash is version N-1's hash (empty for version 1) and its hash is
/// <see cref="VersionHash.Compute"/> of its Markdown and that previous hash.
/// </summary>
public static class VersionChain
{
    /// <summary>The next version after <paramref name="latest"/> (null: none yet) with its number and hashes filled in.</summary>
    public static CharterVersion Next(
        CharterVersion? latest,
        string notes,
        DateTimeOffset publishedAt,
        string publisher,
        string markdown,
        IReadOnlyList<VersionTranslation> translations,
        byte[] snapshot,
        Changelog changelog)
    {
        var previousHash = latest?.Hash ?? string.Empty;
        return new CharterVersion(
            (latest?.Number ?? 0) + 1,
            notes,
            publishedAt,
            publisher,
            markdown,
            translations,
            snapshot,
            changelog,
            previousHash,
            VersionHash.Compute(markdown, previousHash));
    }

    /// <summary>Recomputes every link, oldest first, and names the first that does not hold.</summary>
    public static ChainVerification Verify(IReadOnlyList<CharterVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var expectedPrevious = string.Empty;
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            var problem = ProblemWith(version, i + 1, expectedPrevious);
            if (problem is not null)
            {
                return new ChainVerification(versions.Count, i + 1, problem, string.Empty);
            }

            expectedPrevious = version.Hash;
        }

        return new ChainVerification(versions.Count, null, null, expectedPrevious);
    }

    private static string? ProblemWith(CharterVersion version, int expectedNumber, string expectedPrevious)
    {
        if (version.Number != expectedNumber)
        {
            return $"version {expectedNumber} is stored as number {version.Number}";
        }

        if (version.PreviousHash != expectedPrevious)
        {
            return expectedPrevious.Length == 0
                ? $"version {expectedNumber} is the first but names a previous hash '{version.PreviousHash}'"
                : $"version {expectedNumber} names the previous hash '{version.PreviousHash}' but version {expectedNumber - 1} has the hash '{expectedPrevious}'";
        }

        if (!VersionHash.IsWellFormed(version.Hash))
        {
            return $"version {expectedNumber} has the hash '{version.Hash}', which is not 64 lowercase hex digits";
        }

        var recomputed = VersionHash.Compute(version.Markdown, version.PreviousHash);
        return recomputed == version.Hash
            ? null
            : $"version {expectedNumber} has the hash '{version.Hash}' but its Markdown and previous hash give '{recomputed}'";
    }
}
