namespace Charter.Domain.Endorsements;

/// <summary>Who stands behind an endorsement. Stored and written to <c>endorsements.json</c> by name.</summary>
public enum EndorserKind
{
    /// <summary>An organisation of the coalition, signed by one of its delegates.</summary>
    Organisation,

    /// <summary>A person with an account, signing for themselves.</summary>
    Person,

    /// <summary>A visitor who signed with a confirmed e-mail address.</summary>
    Public,
}
