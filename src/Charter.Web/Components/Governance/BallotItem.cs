using Charter.Web.Governance;

namespace Charter.Web.Components.Governance;

/// <summary>A ballot on the clause page, with the name its legend gives it.</summary>
public sealed record BallotItem(Guid Id, BallotView View, string Label)
{
    public string Anchor => AnchorOf(Id);

    public static string AnchorOf(Guid ballotId) => ClauseCommand.BallotAnchor(ballotId);
}
