namespace Charter.Web.Governance;

/// <summary>Why a person may not take part in a governance action.</summary>
public enum GovernanceDenial
{
    /// <summary>Unknown or deactivated.</summary>
    NotAnActiveMember,

    /// <summary>Active, but the role (an observer, say) does not allow it.</summary>
    RoleNotAllowed,

    /// <summary>A vote for an organisation by someone who is not its active delegate now.</summary>
    NotADelegate,
}
