using Charter.Domain.Amendments;

namespace Charter.Web.Governance;

/// <summary>An amendment as stored: its description, its proposed change, and its CRDT branch.</summary>
public sealed class AmendmentRecord
{
    public Guid Id { get; set; }

    public required string Charter { get; set; }

    public required string AuthorId { get; set; }

    public required string Title { get; set; }

    public required string Rationale { get; set; }

    public AmendmentKind Kind { get; set; }

    /// <summary>The clause changed, removed, or (for an insertion) created.</summary>
    public required string ClauseId { get; set; }

    /// <summary>For an insertion, the clause the new one follows.</summary>
    public string? AfterClauseId { get; set; }

    public string ProposedTitle { get; set; } = "";

    public string ProposedBody { get; set; } = "";

    public required byte[] BaseStateVector { get; set; }

    public required byte[] BranchUpdate { get; set; }

    public string BaseTitle { get; set; } = "";

    public string BaseBody { get; set; } = "";

    public AmendmentStatus Status { get; set; }

    public AmendmentStatus? StatusBeforeConflict { get; set; }

    public DateTimeOffset ProposedAt { get; set; }

    public DateTimeOffset? AdoptedAt { get; set; }
}
