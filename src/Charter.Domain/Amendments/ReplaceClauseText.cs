namespace Charter.Domain.Amendments;

/// <summary>Proposes <paramref name="Title"/> and <paramref name="Body"/> (Markdown) as the clause's wording.</summary>
public sealed record ReplaceClauseText(string TargetClauseId, string Title, string Body) : ProposedChange
{
    public override AmendmentKind Kind => AmendmentKind.ReplaceText;

    public override string ClauseId => TargetClauseId;
}
