namespace Charter.Domain.Amendments;

/// <summary>
/// Why an amendment action was refused: a stable code the web layer turns into text in the
/// person's language. The exception message stays English, for logs.
/// </summary>
public enum AmendmentRefusal
{
    MissingTitle,
    TitleTooLong,
    MissingRationale,
    RationaleTooLong,
    MissingAuthor,
    UnknownKind,
    UnknownClause,
    ClauseTitleNotOneLine,
    SameAsCurrentText,
    InvalidClauseId,
    ClauseIdTaken,
    InvalidComment,
    NotTheAuthor,
    VotesCast,
    WrongStatus,
    InConflict,
    MergeFailed,
}
