namespace Charter.Domain.Amendments;

/// <summary>Proposes removing the clause.</summary>
public sealed record DeleteClause(string TargetClauseId) : ProposedChange
{
    public override AmendmentKind Kind => AmendmentKind.DeleteClause;

    public override string ClauseId => TargetClauseId;
}
