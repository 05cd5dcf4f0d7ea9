using Charter.Web.Agenda;
using Charter.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.Charters;

/// <summary>
/// A clause's <see cref="ClauseActivity"/> in words, as the read view and the edit page show it
/// after "Amendments and votes": "(open amendments: 1 · open ballots: 1 · awaiting your vote: 1)".
/// One wording for both pages, so the edit page receives it ready-made rather than its parts.
/// </summary>
public static class ClauseActivityText
{
    /// <returns>Null when nothing is open on the clause.</returns>
    public static string? Describe(ClauseActivity activity, IStringLocalizer<ReadingText> text)
    {
        if (activity.IsQuiet)
        {
            return null;
        }

        var parts = new List<string>();
        if (activity.OpenAmendments > 0)
        {
            parts.Add(text["Clause.OpenAmendments", activity.OpenAmendments]);
        }

        if (activity.OpenBallots > 0)
        {
            parts.Add(text["Clause.OpenBallots", activity.OpenBallots]);
        }

        if (activity.AwaitingMyVote > 0)
        {
            parts.Add(text["Clause.AwaitingYourVote", activity.AwaitingMyVote]);
        }
        else if (activity.OpenBallots > 0 && activity.MyVotesCast > 0)
        {
            parts.Add(text["Clause.YouVoted"]);
        }

        return $"({string.Join(" · ", parts)})";
    }
}
