namespace Charter.Web.Components.Charters;

/// <summary>What the source-language text is authoritative for on the page that shows the notice.</summary>
public enum AuthoritativeTextPurpose
{
    /// <summary>Ballots and amendments: the source text is what members vote on.</summary>
    Vote,

    /// <summary>Versions: the source text is what a version publishes and its hash covers.</summary>
    Publication,
}
