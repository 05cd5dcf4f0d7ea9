using Charter.Crdt;
using Charter.Domain.Drafts;

namespace Charter.Domain.Amendments;

/// <summary>Checks a proposal against the live doc before any branch is made.</summary>
internal static class ProposalRules
{
    public const int MaxTitleLength = 200;
    public const int MaxRationaleLength = 20_000;

    public static void CheckDescription(string title, string rationale)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new InvalidAmendmentException(AmendmentRefusal.MissingTitle, "An amendment needs a title.");
        }

        if (title.Length > MaxTitleLength)
        {
            throw new InvalidAmendmentException(AmendmentRefusal.TitleTooLong, $"An amendment title has at most {MaxTitleLength} characters; this one has {title.Length}.");
        }

        if (string.IsNullOrWhiteSpace(rationale))
        {
            throw new InvalidAmendmentException(AmendmentRefusal.MissingRationale, "An amendment needs a rationale: say why the change is wanted.");
        }

        if (rationale.Length > MaxRationaleLength)
        {
            throw new InvalidAmendmentException(AmendmentRefusal.RationaleTooLong, $"A rationale has at most {MaxRationaleLength} characters; this one has {rationale.Length}.");
        }
    }

    public static void CheckChange(Doc live, ProposedChange change)
    {
        switch (change)
        {
            case ReplaceClauseText replace:
                RequireLiveClause(live, replace.TargetClauseId);
                RequireClauseTitle(replace.Title);
                if (CharterClauses.Read(live, replace.TargetClauseId) == (replace.Title, replace.Body))
                {
                    throw new InvalidAmendmentException(AmendmentRefusal.SameAsCurrentText, $"The proposed wording is the same as clause {replace.TargetClauseId}'s current text.");
                }

                break;
            case InsertClause insert:
                RequireLiveClause(live, insert.AfterClauseId);
                RequireClauseTitle(insert.Title);
                if (!DraftIds.IsClauseId(insert.NewClauseId))
                {
                    throw new InvalidAmendmentException(AmendmentRefusal.InvalidClauseId, $"'{insert.NewClauseId}' is not a clause id: use c- and four lowercase letters or digits.");
                }

                if (CharterClauses.IsIdTaken(live, insert.NewClauseId))
                {
                    throw new InvalidAmendmentException(AmendmentRefusal.ClauseIdTaken, $"Clause id {insert.NewClauseId} is already used.");
                }

                break;
            case DeleteClause delete:
                RequireLiveClause(live, delete.TargetClauseId);
                break;
            default:
                throw new InvalidAmendmentException(AmendmentRefusal.UnknownKind, "Unknown kind of amendment.");
        }
    }

    private static void RequireLiveClause(Doc live, string clauseId)
    {
        if (!CharterClauses.IsLive(live, clauseId))
        {
            throw new InvalidAmendmentException(AmendmentRefusal.UnknownClause, $"There is no clause {clauseId} in the charter.");
        }
    }

    private static void RequireClauseTitle(string title)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Contains('\n') || title.Contains('\r'))
        {
            throw new InvalidAmendmentException(AmendmentRefusal.ClauseTitleNotOneLine, "A clause needs a title on one line.");
        }
    }
}
