using System.Security.Cryptography;
using System.Text;
using Charter.Domain.Versions;
using static Charter.Domain.Tests.Versions.VersionSamples;

namespace Charter.Domain.Tests.Versions;

public sealed class VersionChainTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static List<CharterVersion> ThreeVersions()
    {
        var first = FiveClauses();
        var second = WithClauses(first, [.. first.Clauses.Take(4)]);
        var third = second with { Title = "Internet Rights — ñandú ✓" };
        var versions = new List<CharterVersion>();
        foreach (var draft in new[] { first, second, third })
        {
            versions.Add(VersionChain.Next(versions.LastOrDefault(), "notes", Noon, "Ana", VersionMarkdown.Write(draft), [], [1, 2, 3], Changelog.Build(null, draft, [])));
        }

        return versions;
    }

    [Fact]
    public void Compute_FirstVersion_IsSha256OfTheMarkdownBytes()
    {
        var markdown = "# Título\n";

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(markdown))), VersionHash.Compute(markdown, ""));
    }

    [Fact]
    public void Compute_LaterVersion_AppendsThePreviousHashAsAsciiHex()
    {
        var previous = VersionHash.Compute("one\n", "");

        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes("two\n" + previous)));

        Assert.Equal(expected, VersionHash.Compute("two\n", previous));
    }

    [Fact]
    public void Compute_MalformedPreviousHash_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => VersionHash.Compute("x", "ABC"));

        Assert.Contains("'ABC'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_ChainsNumbersAndHashes()
    {
        var versions = ThreeVersions();

        Assert.Equal([1, 2, 3], versions.Select(v => v.Number));
        Assert.Equal("", versions[0].PreviousHash);
        Assert.Equal(versions[0].Hash, versions[1].PreviousHash);
        Assert.Equal(versions[1].Hash, versions[2].PreviousHash);
    }

    [Fact]
    public void Verify_IntactChain_IsIntactWithTheLatestHash()
    {
        var versions = ThreeVersions();

        var result = VersionChain.Verify(versions);

        Assert.True(result.IsIntact);
        Assert.Equal(3, result.VersionCount);
        Assert.Equal(versions[2].Hash, result.LatestHash);
        Assert.Null(result.Problem);
    }

    [Fact]
    public void Verify_NoVersions_IsIntact()
    {
        Assert.True(VersionChain.Verify([]).IsIntact);
    }

    /// <summary>Flips every bit pattern of one byte at every position of every version's Markdown.</summary>
    [Fact]
    public void Verify_AnyMarkdownByteChanged_NamesThatVersion()
    {
        var versions = ThreeVersions();
        for (var v = 0; v < versions.Count; v++)
        {
            var bytes = Encoding.UTF8.GetBytes(versions[v].Markdown);
            for (var i = 0; i < bytes.Length; i++)
            {
                var tampered = (byte[])bytes.Clone();
                tampered[i] ^= (byte)(1 << (i % 8));
                var copy = versions.ToList();
                copy[v] = versions[v] with { Markdown = Encoding.UTF8.GetString(tampered) };

                var result = VersionChain.Verify(copy);

                Assert.False(result.IsIntact, $"version {v + 1}, byte {i}");
                Assert.Equal(v + 1, result.FirstBrokenNumber);
            }
        }
    }

    [Fact]
    public void Verify_AnyHashCharacterChanged_NamesTheFirstBrokenLink()
    {
        var versions = ThreeVersions();
        for (var v = 0; v < versions.Count; v++)
        {
            for (var i = 0; i < VersionHash.Length; i++)
            {
                var copy = versions.ToList();
                copy[v] = versions[v] with { Hash = Tamper(versions[v].Hash, i) };
                Assert.Equal(v + 1, VersionChain.Verify(copy).FirstBrokenNumber);

                if (versions[v].PreviousHash.Length > 0)
                {
                    copy = versions.ToList();
                    copy[v] = versions[v] with { PreviousHash = Tamper(versions[v].PreviousHash, i) };
                    var result = VersionChain.Verify(copy);
                    Assert.Equal(v + 1, result.FirstBrokenNumber);
                    Assert.Contains($"version {v}", result.Problem, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Verify_VersionRemovedFromTheMiddle_NamesTheGap()
    {
        var versions = ThreeVersions();

        var result = VersionChain.Verify([versions[0], versions[2]]);

        Assert.Equal(2, result.FirstBrokenNumber);
        Assert.Equal("version 2 is stored as number 3", result.Problem);
    }

    [Fact]
    public void Verify_FirstVersionWithPreviousHash_IsBroken()
    {
        var versions = ThreeVersions();

        var result = VersionChain.Verify([versions[0] with { PreviousHash = versions[2].Hash }]);

        Assert.Equal(1, result.FirstBrokenNumber);
    }

    [Fact]
    public void Verify_ChainRehashedAfterAnEdit_BreaksAtTheNextUntouchedVersion()
    {
        var versions = ThreeVersions();
        var forgedMarkdown = versions[0].Markdown.Replace("Everyone may speak.", "Some may speak.", StringComparison.Ordinal);
        var forged = versions[0] with { Markdown = forgedMarkdown, Hash = VersionHash.Compute(forgedMarkdown, "") };

        var result = VersionChain.Verify([forged, versions[1], versions[2]]);

        Assert.Equal(2, result.FirstBrokenNumber);
    }

    private static string Tamper(string hash, int index)
    {
        var replacement = hash[index] == '0' ? '1' : '0';
        return string.Concat(hash.AsSpan(0, index), replacement.ToString(), hash.AsSpan(index + 1));
    }
}
