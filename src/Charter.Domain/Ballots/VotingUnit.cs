namespace Charter.Domain.Ballots;

/// <summary>
/// Who the electorate of a ballot is (docs/GOVERNANCE.md, "Per-organisation ballots"). Stored by
/// name, so the order of the members carries no meaning.
/// </summary>
public enum VotingUnit
{
    /// <summary>One vote per member with voting rights.</summary>
    Member,

    /// <summary>
    /// One vote per organisation with an active delegate when the ballot opened; any of its
    /// delegates casts or changes it, and a later cast replaces an earlier one whoever made it.
    /// </summary>
    Organisation,
}
