using Charter.Domain.Amendments;

namespace Charter.Web.Governance;

/// <summary>Between <see cref="Amendment"/> and <see cref="AmendmentRecord"/>.</summary>
internal static class AmendmentMapping
{
    public static Amendment ToDomain(AmendmentRecord record) => Amendment.Restore(
        record.Id,
        record.AuthorId,
        record.Title,
        record.Rationale,
        ChangeOf(record),
        new AmendmentBranch(record.BaseStateVector, record.BranchUpdate, record.BaseTitle, record.BaseBody),
        record.Status,
        record.StatusBeforeConflict,
        record.ProposedAt,
        record.AdoptedAt);

    public static AmendmentRecord ToRecord(Amendment amendment, string charter)
    {
        var record = new AmendmentRecord
        {
            Id = amendment.Id,
            Charter = charter,
            AuthorId = amendment.AuthorId,
            Title = amendment.Title,
            Rationale = amendment.Rationale,
            Kind = amendment.Kind,
            ClauseId = amendment.ClauseId,
            BaseStateVector = amendment.Branch.BaseStateVector,
            BranchUpdate = amendment.Branch.Update,
            ProposedAt = amendment.ProposedAt,
        };
        switch (amendment.Change)
        {
            case ReplaceClauseText replace:
                (record.ProposedTitle, record.ProposedBody) = (replace.Title, replace.Body);
                break;
            case InsertClause insert:
                (record.ProposedTitle, record.ProposedBody, record.AfterClauseId) = (insert.Title, insert.Body, insert.AfterClauseId);
                break;
        }

        CopyState(amendment, record);
        return record;
    }

    /// <summary>Writes what can change after proposal: status, branch, adoption time.</summary>
    public static void CopyState(Amendment amendment, AmendmentRecord record)
    {
        record.Status = amendment.Status;
        record.StatusBeforeConflict = amendment.StatusBeforeConflict;
        record.BaseStateVector = amendment.Branch.BaseStateVector;
        record.BranchUpdate = amendment.Branch.Update;
        record.BaseTitle = amendment.Branch.BaseTitle;
        record.BaseBody = amendment.Branch.BaseBody;
        record.AdoptedAt = amendment.AdoptedAt;
    }

    private static ProposedChange ChangeOf(AmendmentRecord record) => record.Kind switch
    {
        AmendmentKind.ReplaceText => new ReplaceClauseText(record.ClauseId, record.ProposedTitle, record.ProposedBody),
        AmendmentKind.InsertClause => new InsertClause(record.AfterClauseId!, record.ClauseId, record.ProposedTitle, record.ProposedBody),
        AmendmentKind.DeleteClause => new DeleteClause(record.ClauseId),
        _ => throw new InvalidOperationException($"Stored amendment {record.Id} has an unknown kind."),
    };
}
