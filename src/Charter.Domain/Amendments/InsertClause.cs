namespace Charter.Domain.Amendments;

/// <summary>Proposes a new clause <paramref name="NewClauseId"/> right after <paramref name="AfterClauseId"/>.</summary>
public sealed record InsertClause(string AfterClauseId, string NewClauseId, string Title, string Body) : ProposedChange
{
    public override AmendmentKind Kind => AmendmentKind.InsertClause;

    public override string ClauseId => NewClauseId;
}
