namespace Charter.Web.Endorsements;

/// <summary>Who may endorse a published version (docs/VERSIONS.md, "Endorsements"). Stored by name.</summary>
public enum SigningMode
{
    /// <summary>Nobody can add an endorsement; those made stay listed and can still be withdrawn.</summary>
    Off,

    /// <summary>Active people with an account, for themselves and for the organisations they are delegates of. The default.</summary>
    MembersOnly,

    /// <summary>Members as above, and visitors who confirm an e-mail address; needs SMTP and a public address.</summary>
    Public,
}
