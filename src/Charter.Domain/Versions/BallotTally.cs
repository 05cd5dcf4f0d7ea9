namespace Charter.Domain.Versions;

/// <summary>The counted votes of a closed ballot.</summary>
public sealed record BallotTally(int Yes, int No, int Abstain)
{
    public override string ToString() => $"{Yes} yes, {No} no, {Abstain} abstain";
}
