namespace Charter.Domain.Versions;

/// <summary>The outcome of <see cref="VersionChain.Verify"/>.</summary>
/// <param name="VersionCount">How many versions were checked.</param>
/// <param name="FirstBrokenNumber">The first version whose link does not hold; null when the chain is intact.</param>
/// <param name="Problem">What is wrong with that link, in words; null when intact.</param>
/// <param name="LatestHash">The hash at the head of the chain when intact; empty for no versions.</param>
public sealed record ChainVerification(int VersionCount, int? FirstBrokenNumber, string? Problem, string LatestHash)
{
    public bool IsIntact => FirstBrokenNumber is null;
}
