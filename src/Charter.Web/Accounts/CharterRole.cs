namespace Charter.Web.Accounts;

/// <summary>
/// What a person may do (docs/ARCHITECTURE.md, "Security"). Stored by name, so the order of the members carries no
/// meaning and new roles never renumber old rows.
/// </summary>
public enum CharterRole
{
    /// <summary>Reads, and follows live editing without changing anything.</summary>
    Observer,

    /// <summary>Edits, proposes amendments and votes.</summary>
    Member,

    /// <summary>Everything a member does, plus inviting people, changing roles and publishing.</summary>
    Steward,
}
