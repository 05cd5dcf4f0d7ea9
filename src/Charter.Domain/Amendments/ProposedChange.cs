namespace Charter.Domain.Amendments;

/// <summary>What an amendment proposes. The clause it concerns is <see cref="ClauseId"/>.</summary>
public abstract record ProposedChange
{
    private protected ProposedChange()
    {
    }

    public abstract AmendmentKind Kind { get; }

    /// <summary>The clause changed, created or removed.</summary>
    public abstract string ClauseId { get; }
}
