namespace Charter.Domain.Amendments;

public enum AmendmentKind
{
    /// <summary>New wording for an existing clause's title and body.</summary>
    ReplaceText,

    /// <summary>A new clause placed after an existing one.</summary>
    InsertClause,

    /// <summary>Removes an existing clause.</summary>
    DeleteClause,
}
