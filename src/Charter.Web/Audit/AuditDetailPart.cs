namespace Charter.Web.Audit;

/// <summary>What one part of an audit details line holds, which says how the audit page shows it.</summary>
public enum AuditDetailPart
{
    /// <summary>Names, titles, notes, ids and hashes: shown as stored.</summary>
    Text,

    /// <summary>A count, shown as stored.</summary>
    Number,

    /// <summary>A share between 0 and 1 (a quorum), shown as a percentage. Entries written before
    /// shapes were kept in one place may hold the writer's decimal comma.</summary>
    Share,

    /// <summary>A time, stored as "yyyy-MM-dd HH:mm:ssZ", shown as the reader's date and time.</summary>
    When,

    /// <summary>A <see cref="Accounts.CharterRole"/>.</summary>
    Role,

    /// <summary>A ballot option, stored in lower case.</summary>
    Option,

    /// <summary>A ballot's outcome.</summary>
    Outcome,

    /// <summary>A ballot's threshold.</summary>
    Threshold,

    /// <summary>What a ballot decides: an amendment or a clause.</summary>
    Subject,

    /// <summary>Who votes in a ballot: member or organisation, stored in lower case.</summary>
    Unit,

    /// <summary>Whether a ballot is secret: True or False.</summary>
    Secret,

    /// <summary>An amendment's kind.</summary>
    AmendmentKind,

    /// <summary>An amendment's status.</summary>
    Status,

    /// <summary>Who stands behind an endorsement, stored in lower case.</summary>
    Endorser,

    /// <summary>A charter's signing setting.</summary>
    Signing,
}
